/** What every module builds on: Node, PageInfo, user errors, scalars, and the Query root. */
export const baseTypeDefs = /* GraphQL */ `
  "A calendar day, YYYY-MM-DD (ngày)."
  scalar Date
  "An instant with its offset, ISO 8601 (thời điểm)."
  scalar DateTime

  "An object with a global id, fetchable with node(id)."
  interface Node {
    "Global id: opaque, stable, unique across types."
    id: ID!
  }

  "Where a page of a connection sits in the whole list."
  type PageInfo {
    "True when more items follow this page (fetch them with after: endCursor)."
    hasNextPage: Boolean!
    "True when items precede this page (fetch them with before: startCursor)."
    hasPreviousPage: Boolean!
    "Cursor of the first item on the page; null when the page is empty."
    startCursor: String
    "Cursor of the last item on the page; null when the page is empty."
    endCursor: String
  }

  "What kind of expected failure a user error is."
  enum UserErrorCode {
    "The input is not valid (a value out of range, a missing field…)."
    VALIDATION
    "The record does not exist."
    NOT_FOUND
    "Someone else saved the record first; reload it and apply the change again."
    CONFLICT
    "A record with the same key exists."
    DUPLICATE
    "A code in the input refers to nothing."
    UNKNOWN_REFERENCE
    "The record's state does not allow this step."
    INVALID_TRANSITION
    "The caller may not do this."
    FORBIDDEN
    "Too many attempts for now; try again after retryAfterSeconds."
    RATE_LIMITED
  }

  "An expected failure of a mutation, returned as data (lỗi người dùng)."
  type UserError {
    "Path of the input field at fault, e.g. [input, value]; empty when no one field is."
    field: [String!]!
    "What went wrong, in words fit to show the user."
    message: String!
    "Kind of failure, for programs to act on."
    code: UserErrorCode!
    "With RATE_LIMITED: the seconds to wait before trying again; null otherwise."
    retryAfterSeconds: Int
  }

  type Query {
    "Any object by its global id."
    node(id: ID!): Node
    "Several objects by their global ids, in the same order; null for unknown ids."
    nodes(ids: [ID!]!): [Node]!
  }
`;

/** Declared only when some module extends it: GraphQL refuses a Mutation type without fields. */
export const mutationRootTypeDefs = 'type Mutation';
