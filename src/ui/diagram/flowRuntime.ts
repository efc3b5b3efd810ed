/** The packet animation's code, in its own chunk: loaded with the first traced packet, not with the first view. */
export { planFlow } from './animation';
export { startPacketEngine } from './packetEngine';
