// What the data transfer uses of users besides its service.
export { searchUsers } from './users.repository.ts';
export { UserBody } from './users.routes.ts';
