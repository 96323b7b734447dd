// What other modules use of admission: the gate, where they send work to communities (一表通 sendings).
export { requireAdmission } from './admission.gate.ts';
