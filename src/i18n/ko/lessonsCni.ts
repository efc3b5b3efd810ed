/** Korean texts of lesson C11 and its predictions. */
import type { lessonsCniEn } from '../en/lessonsCni';

/** 레슨 C11(파드를 만들 때 CNI가 파드 네트워크를 만드는 과정)과 그 예측 질문. */
export const lessonsCniKo: Record<keyof typeof lessonsCniEn, string> = {
  'lessons.playSteps': '단계 재생',
  'lesson.link.networkPlugins': '네트워크 플러그인',
  'lesson.c11.title': '파드가 네트워크를 얻는 방법: CNI',
  'lesson.c11.intro':
    '지금까지 파드는 처음부터 eth0, 주소, 경로를 갖고 있었다. 사실 이것들은 파드를 만들 때 생긴다. 컨테이너 런타임이 CNI 플러그인을 부르고, 플러그인이 파드의 네트워크를 한 단계씩 만든다. 이 레슨에서는 파드가 생겨나는 과정을 지켜보고, 파드가 사라지는 과정도 본다.',
  'lesson.c11.s1':
    '여기 있는 파드마다 노드 대역의 주소를 가진 eth0이 있고, 노드의 cni0으로 이어지는 veth가 있다. 이 가운데 파드보다 먼저 있던 것은 없다. 파드를 만들 때 컨테이너 런타임이 CNI 플러그인에 네트워크를 만들어 달라고 요청한다.',
  'lesson.c11.s2':
    '이제 {{node1}} 노드에 새 파드 {{shop}}{{을/를}} 만든다. 재생 막대로 한 단계씩 넘겨 보자. 샌드박스와 네임스페이스, 플란넬(Flannel)이 subnet.env 파일을 읽고 bridge 플러그인에 위임하는 과정, veth 쌍, host-local IPAM, 주소와 경로, 그리고 런타임이 돌려받는 결과 JSON이 차례로 나온다. IPAM이 주소를 내주기 전에 어떤 주소일지 예측해 보자.',
  'lesson.c11.s3':
    'host-local은 내준 주소를 파일로 기억한다. 주소마다 파일이 하나 있고, 그 안에 파드 샌드박스의 컨테이너 ID가 적혀 있다. {{node1}} 노드를 선택하면 last_reserved_ip 파일과 함께 볼 수 있다. 다음 할당은 바로 그 주소 다음부터 시작한다.',
  'lesson.c11.s4':
    '{{shop}}{{을/를}} 삭제하면 DEL이 실행된다. 플란넬은 ADD 때 저장한 설정을 읽고, eth0이 짝인 veth와 함께 사라지고, host-local이 임대 파일을 지워 주소가 다시 빈다. cni0은 노드에 남는다.',
  'lesson.c11.s5':
    '이 클러스터의 {{node1}} 노드에는 자기 네트워크를 가진 파드가 아직 없다(그 노드의 파드는 노드의 네트워크를 쓴다). 그래서 그곳에는 cni0이 필요한 적이 없었다. 이제 {{node1}} 노드에 파드를 만든다. bridge 플러그인이 지금 cni0을 만들까? 예측한 뒤 지켜보자.',
  'lesson.c11.check':
    '직접 해 보자. 편집을 열어 파드를 추가하고 {{node2}} 노드로 옮긴다. 그 파드의 CNI ADD를 지켜본 뒤 {{node2}} 노드를 선택해 새 임대를 확인한다.',
  'lesson.c11.done':
    '{{node2}} 노드의 새 파드가 그 노드의 host-local에서 다음 주소를 받았고, 그 주소는 샌드박스의 컨테이너 ID로 임대되었다.',
  'predict.ask.nextIp': 'host-local이 이 파드에 내줄 주소는?',
  'predict.ask.bridge': 'bridge 플러그인이 이 파드를 위해 cni0을 만들까?',
  'predict.cni.ip': '{{ip}}',
  'predict.cni.bridge.yes': '만든다: 이 노드에는 아직 cni0이 없다',
  'predict.cni.bridge.no': '만들지 않는다: cni0이 이미 있다',
  'predict.cniStep': '{{n}}단계 앞: {{actor}}',
  'predict.cniWhy': '이 단계에서 일어나는 일',
  'predict.cni.why.nextIp':
    '{{node}} 노드에서 host-local이 마지막으로 내준 주소(last_reserved_ip)는 {{last}}이다. host-local은 그다음 주소부터 찾고, 게이트웨이와 이미 쓰는 주소는 건너뛴다. 더 낮은 주소가 다시 비어 있어도 그 주소로 돌아가지 않는다. 그래서 이 파드는 {{ip}}{{을/를}} 받는다.',
  'predict.cni.why.nextIpFirst':
    '{{node}} 노드의 host-local은 아직 내준 주소가 없다. 대역의 처음부터 시작하고 게이트웨이는 건너뛴다. 그래서 이 파드는 {{ip}}{{을/를}} 받는다.',
  'predict.cni.why.bridge.yes':
    '{{node}} 노드에는 자기 네트워크를 가진 파드가 아직 없어서 cni0도 없었다. 그래서 bridge 플러그인이 지금 cni0을 만든다.',
  'predict.cni.why.bridge.no':
    '{{node}} 노드에는 이미 cni0이 있다. bridge 플러그인은 노드의 첫 파드와 함께 cni0을 만들고 지우지 않는다. 그래서 바로 veth 쌍을 만든다.',
};
