export * from './build'
export * from './model'
export * from './query'
export * from './time'
