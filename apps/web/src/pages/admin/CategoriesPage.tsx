export default function CategoriesPage() { return <div>CategoriesPage</div>; }
