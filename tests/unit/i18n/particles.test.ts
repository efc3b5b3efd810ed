import { describe, expect, it } from 'vitest';
import { finalSound, hasBatchim, josa, withJosa } from '../../../src/i18n/particles';

describe('Korean particles after Hangul', () => {
  it('take the first form after a final consonant and the second after a vowel', () => {
    expect(withJosa('파드', '이/가')).toBe('파드가');
    expect(withJosa('노드', '은/는')).toBe('노드는');
    expect(withJosa('컨테이너', '을/를')).toBe('컨테이너를');
    expect(withJosa('브리지', '과/와')).toBe('브리지와');
    expect(withJosa('경로', '이/가')).toBe('경로가');
    expect(withJosa('서비스', '을/를')).toBe('서비스를');
    expect(withJosa('패킷', '이/가')).toBe('패킷이');
    expect(withJosa('헤더', '은/는')).toBe('헤더는');
    expect(withJosa('네임스페이스', '과/와')).toBe('네임스페이스와');
    expect(withJosa('홉', '을/를')).toBe('홉을');
    expect(withJosa('주소', '이라고/라고')).toBe('주소라고');
    expect(withJosa('응답', '이라고/라고')).toBe('응답이라고');
  });
  it('use 로 after a vowel and after ㄹ, 으로 after any other final consonant', () => {
    expect(withJosa('노드', '으로/로')).toBe('노드로');
    expect(withJosa('터널', '으로/로')).toBe('터널로');
    expect(withJosa('서울', '으로/로')).toBe('서울로');
    expect(withJosa('게이트웨이', '으로/로')).toBe('게이트웨이로');
    expect(withJosa('패킷', '으로/로')).toBe('패킷으로');
    expect(withJosa('브리지 포트', '으로/로')).toBe('브리지 포트로');
    expect(withJosa('링크', '으로서/로서')).toBe('링크로서');
    expect(withJosa('엔드포인트 목록', '으로/로')).toBe('엔드포인트 목록으로');
  });
  it('read ㄹ as a final consonant for every pair but 으로/로', () => {
    expect(withJosa('터널', '이/가')).toBe('터널이');
    expect(withJosa('터널', '을/를')).toBe('터널을');
    expect(withJosa('터널', '과/와')).toBe('터널과');
  });
});

describe('Korean particles after numbers', () => {
  it('follow the Sino-Korean reading of every final digit', () => {
    // 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구
    expect(withJosa('1', '을/를')).toBe('1을');
    expect(withJosa('2', '을/를')).toBe('2를');
    expect(withJosa('3', '을/를')).toBe('3을');
    expect(withJosa('4', '을/를')).toBe('4를');
    expect(withJosa('5', '을/를')).toBe('5를');
    expect(withJosa('6', '을/를')).toBe('6을');
    expect(withJosa('7', '을/를')).toBe('7을');
    expect(withJosa('8', '을/를')).toBe('8을');
    expect(withJosa('9', '을/를')).toBe('9를');
    expect(withJosa('0', '을/를')).toBe('0을'); // 영
    expect(withJosa('61', '이/가')).toBe('61이');
    expect(withJosa('62', '이/가')).toBe('62가');
    expect(withJosa('63', '은/는')).toBe('63은');
    expect(withJosa('64', '은/는')).toBe('64는');
    expect(withJosa('65', '이/가')).toBe('65가');
    expect(withJosa('66', '이/가')).toBe('66이');
    expect(withJosa('67', '이/가')).toBe('67이');
    expect(withJosa('68', '이/가')).toBe('68이');
    expect(withJosa('69', '이/가')).toBe('69가');
  });
  it('choose 로 after 1, 7 and 8 (ㄹ) and after 2, 4, 5, 9, and 으로 after 0, 3 and 6', () => {
    expect(withJosa('1', '으로/로')).toBe('1로');
    expect(withJosa('7', '으로/로')).toBe('7로');
    expect(withJosa('8', '으로/로')).toBe('8로');
    expect(withJosa('2', '으로/로')).toBe('2로');
    expect(withJosa('4', '으로/로')).toBe('4로');
    expect(withJosa('5', '으로/로')).toBe('5로');
    expect(withJosa('9', '으로/로')).toBe('9로');
    expect(withJosa('0', '으로/로')).toBe('0으로');
    expect(withJosa('3', '으로/로')).toBe('3으로');
    expect(withJosa('6', '으로/로')).toBe('6으로');
    expect(withJosa('62', '으로/로')).toBe('62로');
    expect(withJosa('63', '으로/로')).toBe('63으로');
  });
  it('read a number ending in zeros by its unit: 십, 백, 천, 만', () => {
    expect(withJosa('10', '을/를')).toBe('10을'); // 십
    expect(withJosa('100', '이/가')).toBe('100이'); // 백
    expect(withJosa('1000', '은/는')).toBe('1000은'); // 천
    expect(withJosa('10000', '으로/로')).toBe('10000으로'); // 만
    expect(withJosa('1450', '을/를')).toBe('1450을'); // 천사백오십
    expect(withJosa('1500', '이/가')).toBe('1500이'); // 천오백
    expect(withJosa('8080', '으로/로')).toBe('8080으로'); // 팔천팔십
    expect(withJosa('20', '으로/로')).toBe('20으로'); // 이십
    expect(withJosa('65535', '을/를')).toBe('65535를'); // …삼십오
  });
});

describe('Korean particles after addresses', () => {
  it('read an IPv4 address by its last number', () => {
    expect(withJosa('10.244.1.2', '이/가')).toBe('10.244.1.2가');
    expect(withJosa('127.0.0.1', '은/는')).toBe('127.0.0.1은');
    expect(withJosa('10.244.2.3', '을/를')).toBe('10.244.2.3을');
    expect(withJosa('192.168.10.12', '으로/로')).toBe('192.168.10.12로');
    expect(withJosa('192.168.10.11', '으로/로')).toBe('192.168.10.11로');
    expect(withJosa('10.244.1.10', '으로/로')).toBe('10.244.1.10으로');
    expect(withJosa('8.8.8.8', '이/가')).toBe('8.8.8.8이');
    expect(withJosa('10.244.1.99', '은/는')).toBe('10.244.1.99는');
  });
  it('read an address with a port by the port, and a CIDR by its prefix length', () => {
    expect(withJosa('10.244.2.2:8080', '으로/로')).toBe('10.244.2.2:8080으로');
    expect(withJosa('127.0.0.1:80', '으로/로')).toBe('127.0.0.1:80으로');
    expect(withJosa('10.244.1.3:6379', '으로/로')).toBe('10.244.1.3:6379로');
    expect(withJosa('10.244.1.0/24', '은/는')).toBe('10.244.1.0/24는');
    expect(withJosa('10.244.0.0/16', '이/가')).toBe('10.244.0.0/16이');
  });
  it('read a MAC address by its last hex pair, letters by their English names', () => {
    expect(withJosa('0a:58:0a:f4:01:0a', '이/가')).toBe('0a:58:0a:f4:01:0a가'); // 에이
    expect(withJosa('0a:58:0a:f4:01:1f', '이/가')).toBe('0a:58:0a:f4:01:1f가'); // 에프
    expect(withJosa('0a:58:0a:f4:01:03', '이/가')).toBe('0a:58:0a:f4:01:03이'); // 삼
    expect(withJosa('02:51:07:36:81:c6', '을/를')).toBe('02:51:07:36:81:c6을'); // 육
    expect(withJosa('52:54:00:a8:0a:0c', '으로/로')).toBe('52:54:00:a8:0a:0c로'); // 씨
    expect(withJosa('26:f5:2b:74:4c:e3', '은/는')).toBe('26:f5:2b:74:4c:e3은'); // 삼
    expect(withJosa('00:00:00:00:00:00', '이/가')).toBe('00:00:00:00:00:00이'); // 영
    expect(withJosa('0a:58:0a:f4:01:ab', '이/가')).toBe('0a:58:0a:f4:01:ab가'); // 비
    expect(withJosa('0a:58:0a:f4:01:3e', '이/가')).toBe('0a:58:0a:f4:01:3e가'); // 이
    expect(withJosa('ff:ff:ff:ff:ff:ff', '으로/로')).toBe('ff:ff:ff:ff:ff:ff로'); // 에프
    expect(withJosa('0a:58:0a:f4:01:01', '으로/로')).toBe('0a:58:0a:f4:01:01로'); // 일
  });
});

describe('Korean particles after Latin names', () => {
  it('read interface names ending in a digit by the digit', () => {
    expect(withJosa('eth0', '이/가')).toBe('eth0이'); // 이티에이치영
    expect(withJosa('cni0', '으로/로')).toBe('cni0으로');
    expect(withJosa('flannel.1', '으로/로')).toBe('flannel.1로'); // 일
    expect(withJosa('flannel.1', '이/가')).toBe('flannel.1이');
    expect(withJosa('node1', '은/는')).toBe('node1은');
    expect(withJosa('node2', '은/는')).toBe('node2는');
  });
  it('read a veth name by its last hex digit or letter', () => {
    expect(withJosa('veth87fe1b7a', '으로/로')).toBe('veth87fe1b7a로'); // 에이
    expect(withJosa('veth01510736', '으로/로')).toBe('veth01510736으로'); // 육
    expect(withJosa('veth27f52b74', '을/를')).toBe('veth27f52b74를'); // 사
    expect(withJosa('vethabcdef0b', '이/가')).toBe('vethabcdef0b가'); // 비
  });
  it('spell out acronyms, so TCP, DNS and UDP end in a vowel and TTL in ㄹ', () => {
    expect(withJosa('TCP', '이/가')).toBe('TCP가'); // 티시피
    expect(withJosa('DNS', '은/는')).toBe('DNS는'); // 디엔에스
    expect(withJosa('UDP', '을/를')).toBe('UDP를');
    expect(withJosa('ICMP', '으로/로')).toBe('ICMP로');
    expect(withJosa('TTL', '이/가')).toBe('TTL이'); // 티티엘
    expect(withJosa('TTL', '으로/로')).toBe('TTL로');
    expect(withJosa('ARP', '으로/로')).toBe('ARP로'); // 에이알피
    expect(withJosa('IPv4', '을/를')).toBe('IPv4를'); // 사
    expect(withJosa('EADDRINUSE', '으로/로')).toBe('EADDRINUSE로');
    expect(withJosa('SHM', '이/가')).toBe('SHM이'); // 에스에이치엠
  });
  it('say some acronyms as words: VXLAN 랜, NAT 낫, SYN 신, MAC 맥', () => {
    expect(withJosa('VXLAN', '이/가')).toBe('VXLAN이');
    expect(withJosa('NAT', '을/를')).toBe('NAT을');
    expect(withJosa('SYN', '이/가')).toBe('SYN이');
    expect(withJosa('SYN+ACK', '으로/로')).toBe('SYN+ACK로'); // 에이시케이, as ACK를 is written
    expect(withJosa('MAC', '을/를')).toBe('MAC을');
    expect(withJosa('POSIX', '이/가')).toBe('POSIX가');
  });
  it('read names as English words by their final sound in Korean spelling', () => {
    expect(withJosa('nginx', '이/가')).toBe('nginx가'); // 엔진엑스
    expect(withJosa('redis', '을/를')).toBe('redis를'); // 레디스
    expect(withJosa('api', '이/가')).toBe('api가'); // 에이피아이
    expect(withJosa('kubelet', '이/가')).toBe('kubelet이'); // 큐블릿
    expect(withJosa('web', '은/는')).toBe('web은'); // 웹
    expect(withJosa('log-shipper', '이/가')).toBe('log-shipper가'); // 시퍼
    expect(withJosa('curl', '으로/로')).toBe('curl로'); // 컬
    expect(withJosa('client', '을/를')).toBe('client를'); // 클라이언트
    expect(withJosa('admin', '이/가')).toBe('admin이'); // 어드민
    expect(withJosa('cache', '과/와')).toBe('cache와'); // 캐시
    expect(withJosa('node-exporter', '이/가')).toBe('node-exporter가');
    expect(withJosa('sidecar', '이/가')).toBe('sidecar가');
    expect(withJosa('lo', '으로/로')).toBe('lo로');
    expect(withJosa('default', '은/는')).toBe('default는'); // 디폴트
    expect(withJosa('ping', '이/가')).toBe('ping이'); // 핑
    expect(withJosa('Ethernet', '이/가')).toBe('Ethernet이'); // 이더넷
    expect(withJosa('kubectl', '으로/로')).toBe('kubectl로'); // 컨트롤
    expect(withJosa('hostNetwork', '은/는')).toBe('hostNetwork는'); // 네트워크
    expect(withJosa('Cilium', '이/가')).toBe('Cilium이'); // 실리움
    expect(withJosa('default/web', '이/가')).toBe('default/web이');
    expect(withJosa('nginx:1.27', '으로/로')).toBe('nginx:1.27로'); // 칠
  });
});

describe('the text a particle attaches to', () => {
  it('is the last word, past closing quotes and brackets', () => {
    expect(josa('경로 “default via 10.244.1.1 dev eth0”', '과/와')).toBe('과');
    expect(josa('“nginx”', '을/를')).toBe('를');
    expect(josa('api(default/api)', '이/가')).toBe('가'); // the word before the aside
    expect(josa('쿠버네티스(Kubernetes)', '은/는')).toBe('는');
    expect(josa('eth0(파드의 eth0)', '으로/로')).toBe('으로');
  });
  it('reads nothing at all as a vowel, and says whether a text has a final consonant', () => {
    expect(finalSound('')).toBe('vowel');
    expect(hasBatchim('패킷')).toBe(true);
    expect(hasBatchim('터널')).toBe(true);
    expect(hasBatchim('노드')).toBe(false);
    expect(hasBatchim('10.244.1.3')).toBe(true);
    expect(hasBatchim('10.244.1.2')).toBe(false);
  });
});
