/** Korean texts of pod creation as a trace (CNI ADD/DEL). */
import type { cniEn } from '../en/cni';

/** 파드 생성과 삭제(CNI ADD/DEL)의 단계, 단계를 맡는 주체, host-local의 상태. */
export const cniKo: Record<keyof typeof cniEn, string> = {
  'cni.title.ADD': '파드 생성: CNI ADD',
  'cni.title.DEL': '파드 삭제: CNI DEL',
  'cni.pod': '{{node}} 노드의 파드 {{pod}}',
  'cni.close': '패킷으로 돌아가기',
  'cni.steps': '단계',
  'cni.stepN': '{{k}}단계',
  'cni.announce': '{{n}}단계 중 {{k}}단계: {{step}}',
  'cni.who': '주체',
  'cni.netns': '네임스페이스',
  'cni.device': '장치',
  'cni.address': '주소',
  'cni.mtu': 'MTU',
  'cni.route': '경로',
  'cni.hairpin': '헤어핀 모드',
  'cni.on': '켜짐',
  'cni.off': '꺼짐',
  'cni.failed': '플러그인이 실패했습니다: {{msg}}',
  'cni.actor.runtime': '컨테이너 런타임',
  'cni.actor.flannel': '플란넬(Flannel) 플러그인',
  'cni.actor.bridge': 'bridge 플러그인',
  'cni.actor.host-local': 'host-local IPAM',
  'cni.step.create-sandbox': '샌드박스(pause) 컨테이너 시작',
  'cni.step.create-netns': '네트워크 네임스페이스 생성',
  'cni.step.exec-plugin': 'CNI 플러그인 실행',
  'cni.step.read-subnet-env': 'subnet.env 읽기',
  'cni.step.delegate': 'bridge 플러그인에 위임',
  'cni.step.create-bridge': '브리지 cni0 생성',
  'cni.step.create-veth': 'veth 쌍 생성',
  'cni.step.attach-bridge': '호스트 쪽 끝을 cni0에 연결',
  'cni.step.ipam-allocate': 'IPAM: 주소 예약',
  'cni.step.set-address': 'eth0에 주소 설정',
  'cni.step.add-route': '경로 추가',
  'cni.step.bridge-gateway': 'cni0에 게이트웨이 주소 설정',
  'cni.step.result': '결과 반환',
  'cni.step.load-saved-config': '저장한 설정 읽기',
  'cni.step.delete-veth': 'veth 쌍 삭제',
  'cni.step.ipam-release': 'IPAM: 주소 반납',
  'cni.step.remove-sandbox': '샌드박스와 네임스페이스 제거',
  'cni.why.create-sandbox':
    'kubelet이 컨테이너 런타임에 파드를 요청한다. 런타임은 먼저 pause 컨테이너를 시작한다. 파드의 모든 컨테이너가 들어갈 네임스페이스를 이 컨테이너가 붙잡고 있다. 이 컨테이너의 ID가 CNI가 파드를 알아보는 컨테이너 ID다.',
  'cni.why.create-netns':
    '런타임은 파드를 위해 빈 네트워크 네임스페이스를 만든다. 꺼진 lo 하나뿐이고 eth0도, 주소도, 경로도 아직 없다.',
  'cni.why.exec-plugin':
    '런타임은 /etc/cni/net.d에 적힌 플러그인(플란넬)을 실행한다. 명령, 컨테이너 ID, 네임스페이스 경로, 인터페이스 이름은 환경 변수로, 네트워크 설정은 표준 입력으로 넘긴다.',
  'cni.why.read-subnet-env':
    '플란넬은 인터페이스를 직접 만들지 않는다. flanneld가 이 노드에 할당한 대역, 클러스터 대역, MTU를 /run/flannel/subnet.env에서 읽는다.',
  'cni.why.delegate':
    '플란넬은 subnet.env로부터 노드 대역을 쓰는 host-local IPAM과 함께 bridge 플러그인 설정을 만들고, DEL에 쓰려고 저장한 뒤, 그 설정으로 bridge 플러그인을 실행한다.',
  'cni.why.create-bridge':
    '이 노드의 첫 파드다. cni0이 아직 없으므로 bridge 플러그인이 만들고 켠다. 다음 파드부터는 이미 있는 cni0을 쓴다.',
  'cni.why.create-veth':
    'bridge 플러그인은 파드 네임스페이스 안에 veth 쌍을 만들고, 파드 쪽 끝의 이름을 eth0으로 바꾸고, 다른 끝을 노드의 루트 네임스페이스로 옮긴다.',
  'cni.why.attach-bridge':
    '호스트 쪽 끝이 헤어핀 모드가 켜진 채로 cni0의 포트가 된다. 이제 파드에서 나온 프레임이 브리지에 닿는다.',
  'cni.why.ipam-allocate':
    'host-local은 last_reserved_ip 다음의 첫 빈 주소를 내준다(게이트웨이는 건너뛰고, 대역 끝에 닿으면 처음으로 돌아간다). 그리고 그 주소를 이름으로 하는 파일에 컨테이너 ID를 적는다.',
  'cni.why.set-address': '예약한 주소를 대역의 접두사 길이와 함께 eth0에 설정하고 eth0을 켠다.',
  'cni.why.add-route':
    '파드 네임스페이스에 경로를 넣는다. 먼저 클러스터 대역, 다음으로 기본 경로이며 둘 다 게이트웨이인 cni0을 거친다.',
  'cni.why.bridge-gateway':
    '첫 파드와 함께 cni0이 게이트웨이 주소(대역의 첫 호스트 주소)를 받고 포워딩이 켜진다. 이제 노드가 파드를 위해 라우팅한다.',
  'cni.why.result':
    '플러그인이 런타임에 결과를 출력한다. 인터페이스, 게이트웨이가 딸린 주소, 경로가 담긴다. 런타임은 준비된 네임스페이스에서 앱 컨테이너를 시작한다.',
  'cni.why.resultError':
    '플러그인이 결과 대신 오류를 출력한다. 런타임은 파드를 시작할 수 없다. 지금까지 만든 veth는 DEL이 지울 때까지 남는다.',
  'cni.why.load-saved-config':
    'DEL에서 플란넬은 subnet.env를 다시 읽지 않고 ADD 때 저장한 설정을 읽는다. 그래서 주소는 그 주소가 나온 대역으로 돌아간다.',
  'cni.why.delete-veth':
    '파드 네임스페이스의 eth0을 지우면 짝인 반대쪽 끝도 함께 지워지고, 그 포트가 cni0에서 빠진다.',
  'cni.why.ipam-release':
    'host-local이 이 컨테이너 ID의 파일을 지운다. 주소는 다시 비어 있다. last_reserved_ip은 그대로이므로 다음 파드는 이 주소가 아니라 그다음 주소를 받는다.',
  'cni.why.remove-sandbox':
    '런타임이 네임스페이스와 pause 컨테이너를 지운다. 파드가 하나도 남지 않아도 cni0은 노드에 남는다.',
  'cni.text.create-sandbox': '컨테이너 ID',
  'cni.text.create-netns': '네임스페이스 경로',
  'cni.text.exec-plugin': '네트워크 설정(표준 입력)',
  'cni.text.read-subnet-env': '/run/flannel/subnet.env',
  'cni.text.delegate': '위임한 설정(bridge + host-local)',
  'cni.text.load-saved-config': '저장해 둔 위임 설정',
  'cni.text.result': '결과 JSON(표준 출력)',
  'cni.text.remove-sandbox': '컨테이너 ID',
  'cni.env': '환경 변수',
  'cni.leasesAfter': '이 단계 뒤 {{node}} 노드의 host-local',
  'cni.ipam.title': '{{node}} 노드의 IPAM(host-local)',
  'cni.ipam.range': '대역',
  'cni.ipam.last': 'last_reserved_ip',
  'cni.ipam.none': '사용 중인 주소가 없습니다.',
  'cni.ipam.ip': '주소',
  'cni.ipam.container': '컨테이너 ID',
  'cni.ipam.pod': '파드',
  'cni.ipam.files': '/var/lib/cni/networks/cbr0의 파일',
  'cni.ipam.file': '파일 {{name}}',
  'cni.ipam.loading': 'host-local 상태를 읽는 중…',
  'cni.overlay.new': '새로 생김',
  'cni.overlay.gone': '제거됨',
  'cni.stage.title': '{{n}}단계 중 {{k}}단계 · {{title}} · {{node}} 노드의 {{pod}}',
  'cni.stage.caption': '현재 단계 설명',
  'cni.stage.changed': '이 단계에서 바뀐 것',
  'cni.stage.noChange': '이 단계에서는 노드에서 바뀌는 것이 없습니다.',
  'cni.stage.say': '{{actor}}: {{what}}',
  'cni.say.create-sandbox': '파드의 네임스페이스를 붙잡고 있을 pause 컨테이너를 시작한다',
  'cni.say.create-netns': '파드의 네트워크 네임스페이스를 만든다. 안에는 꺼진 lo 하나뿐이다',
  'cni.say.exec-plugin':
    '플란넬 플러그인을 {{command}} 명령으로 실행하고, 네트워크 설정을 표준 입력으로 넘긴다',
  'cni.say.read-subnet-env': '/run/flannel/subnet.env에서 노드 대역과 MTU를 읽는다',
  'cni.say.delegate':
    'bridge + host-local 설정을 만들어 DEL에 쓰려고 저장하고, 그 설정으로 bridge 플러그인을 실행한다',
  'cni.say.create-bridge': '브리지 cni0을 만들고 켠다(이 노드의 첫 파드)',
  'cni.say.create-veth':
    'veth 쌍을 만들고, 파드 쪽 끝의 이름을 eth0으로 바꾸고, 다른 끝을 노드의 네임스페이스로 옮긴다',
  'cni.say.attach-bridge': '호스트 쪽 끝 {{device}}{{을/를}} cni0의 포트로 만든다',
  'cni.say.ipam-allocate': 'last_reserved_ip 다음의 첫 빈 주소 {{ip}}{{을/를}} 예약한다',
  'cni.say.ipam-allocate.none': '노드 대역에 남은 빈 주소를 찾지 못한다',
  'cni.say.set-address': 'eth0에 {{ip}}{{을/를}} 설정하고 eth0을 켠다',
  'cni.say.add-route': '파드의 네임스페이스에 경로 {{route}}{{을/를}} 추가한다',
  'cni.say.bridge-gateway': 'cni0에 게이트웨이 주소 {{ip}}{{을/를}} 주고 포워딩을 켠다',
  'cni.say.result': '런타임에 결과 JSON을 돌려준다: {{ip}}, 게이트웨이 {{gateway}}',
  'cni.say.resultError': '결과 대신 오류를 돌려준다: {{msg}}',
  'cni.say.load-saved-config': 'ADD 때 저장한 설정을 읽는다',
  'cni.say.delete-veth': '파드 네임스페이스의 eth0을 지우고, cni0 쪽 짝도 함께 지운다',
  'cni.say.ipam-release': '{{ip}}{{을/를}} 반납한다: 임대 파일을 지운다',
  'cni.say.ipam-release.none': '이 컨테이너 ID가 가진 주소를 찾지 못한다',
  'cni.say.remove-sandbox': '네트워크 네임스페이스와 pause 컨테이너를 지운다',
  'cni.change.device': '장치',
  'cni.change.forwarding': 'ip_forward',
};
