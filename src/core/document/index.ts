export * from './address';
export * from './data-edge';
