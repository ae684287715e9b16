export type * from './wire';
export type * from './client-types';
