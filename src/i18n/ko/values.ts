/** Korean names of raw values: ARP 요청/응답, 에코 요청, 목적지 도달 불가, POSIX 공유 메모리 … (read with t.value). */
import type { valuesEn } from '../en/values';

/** Korean values, key for key with the English ones; names (IPv4, TCP) are never listed and stay as they are. */
export const valuesKo: Record<keyof typeof valuesEn, string> = {
  'value.arp.op.request': '요청',
  'value.arp.op.reply': '응답',
  'value.l4.type.echo-request': '에코 요청',
  'value.l4.type.echo-reply': '에코 응답',
  'value.l4.type.dest-unreachable': '목적지 도달 불가',
  'value.l4.type.time-exceeded': '시간 초과',
  'value.ipc.mechanism.posix-shm': 'POSIX 공유 메모리',
  'value.ipc.mechanism.sysv-sem': 'System V 세마포어',
  'value.changedField.eth.src': '이더넷 출발지',
  'value.changedField.eth.dst': '이더넷 목적지',
  'value.changedField.ip.src': 'IP 출발지',
  'value.changedField.ip.dst': 'IP 목적지',
  'value.changedField.ip.ttl': 'IP TTL',
  'value.changedField.outer': '바깥 헤더',
  'value.found.array': '배열',
  'value.found.string': '문자열',
  'value.found.number': '숫자',
  'value.found.boolean': '불리언',
  'value.expected.string': '문자열',
  'value.expected.number': '숫자',
  'value.expected.boolean': '불리언',
  'value.expected.Array': '배열',
  'value.expected.Object': '객체',
};
