export { DomainError, isDomainError, type DomainErrorCode, type FieldIssue } from './domain-error';
export { validate } from './validate';
