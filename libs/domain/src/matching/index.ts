export * from './match-side';
export * from './score-match';
export * from './taxonomy-bits';
export * from './match-query';
