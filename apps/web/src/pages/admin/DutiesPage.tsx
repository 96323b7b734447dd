export default function DutiesPage() { return <div>DutiesPage</div>; }
