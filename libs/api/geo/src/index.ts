export * from './dto/bounds.input';
export * from './geo-point.mapper';
export * from './models/geo-point.model';
