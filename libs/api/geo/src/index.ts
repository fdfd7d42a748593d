export * from './dto/bounds.input';
export * from './dto/geo-point.input';
export * from './geo-point.mapper';
export * from './models/geo-point.model';
