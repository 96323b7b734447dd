export default function UnitsPage() { return <div>UnitsPage</div>; }
