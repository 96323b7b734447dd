// What other modules use of categories besides its service (intake, deadlines, duties, the data transfer).
export { categoryAncestors, findCategory, listCategories } from './categories.repository.ts';
export { CategoryBody } from './categories.routes.ts';
