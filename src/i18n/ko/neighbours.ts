/** Korean messages for neighbour caches. */
import type { neighboursEn } from '../en/neighbours';

/** Every key of the English part, in Korean. */
export const neighboursKo: Record<keyof typeof neighboursEn, string> = {
  'sim.hop.arpForward':
    '라우터의 ARP: {{dev}}에는 아직 다음 홉 {{target}}의 이웃 항목이 없으므로 노드가 그 링크에 묻는다. “who-has {{target}} tell {{sender}}”{{을/를}} ff:ff:ff:ff:ff:ff로 브로드캐스트한다. 전달하는 패킷은 노드 자신의 것이 아니므로 요청에는 {{dev}} 자신의 주소가 들어간다. {{target}}의 주인은 “{{target}} is-at {{mac}}”{{으로/로}} 답하면서 요청에서 물어본 쪽도 배운다(그래서 돌아오는 응답에는 ARP가 필요 없다). 기다리던 패킷은 목적지 MAC {{mac}}{{을/를}} 달고 나간다.',
  'sim.hop.arpUnderlay':
    '오버레이 아래의 ARP: 캡슐화된 패킷은 {{dev}}{{으로/로}} {{target}}에 가야 하는데, 노드의 이웃 테이블에는 아직 그 항목이 없다. flannel.1의 영구 항목은 안쪽 프레임에만 쓰이고, 바깥 패킷은 노드 네트워크의 평범한 패킷이다. 그래서 {{dev}}{{이/가}} “who-has {{target}} tell {{sender}}”{{을/를}} 묻고, {{target}}{{을/를}} 가진 노드가 “{{target}} is-at {{mac}}”{{으로/로}} 답한다. 캡슐화된 패킷은 목적지 MAC {{mac}}{{을/를}} 달고 나간다.',
  'sim.hop.forwardArp':
    '{{node}}{{은/는}} 라우터다(ip_forward가 켜져 있다). {{dst}}의 경로를 찾으면 “{{route}}”{{이/가}} 맞으므로 패킷은 {{dev}}{{으로/로}} 나가고 TTL은 {{ttl}}{{으로/로}} 줄어든다. 새 이더넷 헤더를 쓰려면 다음 홉의 MAC 주소가 필요한데, {{dev}}의 이웃 테이블에는 아직 없다. 먼저 ARP로 물어야 한다.',
};
