/** The built-in course: a lesson per concept C1–C11 and five for C12, in the order the study notes take them. */
import type { LessonInput } from '../schema';
import { c5, c7, c8 } from './addressing';
import { c6, c9, c10 } from './paths';
import { c1, c2, c3, c4 } from './pods';
import { c11 } from './c11';
import { c12Policy, c12Ingress, c12NodePort } from './edge';
import { c12Dns, c12Services } from './services';

/**
 * The lessons in the notes' order: what a pod is (C1–C3), its shared namespace (C4), its address
 * from a range and its shared ports (C7, C5: "고유한 ip 주소를 배정 받고 port를 공유"), the node's
 * agents (C8), localhost over loopback (C6), other pods by IP (C9), IPC (C10), how the pod network
 * is built at pod creation (C11), and how Services,
 * DNS, NodePorts, Ingress and NetworkPolicies expose pods inside and outside the cluster (C12).
 */
export const COURSE: readonly LessonInput[] = [
  c1,
  c2,
  c3,
  c4,
  c7,
  c5,
  c8,
  c6,
  c9,
  c10,
  c11,
  c12Services,
  c12Dns,
  c12NodePort,
  c12Ingress,
  c12Policy,
];
