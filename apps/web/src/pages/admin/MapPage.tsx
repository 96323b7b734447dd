export default function MapPage() { return <div>MapPage</div>; }
