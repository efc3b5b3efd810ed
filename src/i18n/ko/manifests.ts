/** Korean messages for Kubernetes YAML in and out. */
import type { manifestsEn } from '../en/manifests';

/** Every key of the English part, in Korean. */
export const manifestsKo: Record<keyof typeof manifestsEn, string> = {
  'manifests.file.import': '쿠버네티스 YAML 가져오기…',
  'manifests.file.export': '쿠버네티스 YAML로 내보내기',
  'manifests.import.title': '쿠버네티스 YAML 가져오기',
  'manifests.import.hint':
    '매니페스트(---로 구분한 여러 문서)나 “kubectl get nodes,pods,svc,ingress,networkpolicy -A -o yaml”의 출력을 붙여 넣거나, 파일을 상자에 끌어다 놓으세요.',
  'manifests.import.label': '쿠버네티스 YAML 또는 kubectl 출력',
  'manifests.import.choose': '파일 선택…',
  'manifests.import.cni': '다른 노드의 파드끼리 통신하는 방식',
  'manifests.cni.auto':
    '매니페스트에 적힌 대로(플란넬(Flannel) 컨피그맵), 없으면 브리지와 호스트 경로',
  'manifests.cni.bridge-hostgw': '브리지와 호스트 경로(host-gw)',
  'manifests.cni.vxlan': 'VXLAN 오버레이(flannel.1)',
  'manifests.import.empty': 'YAML을 붙여 넣거나 끌어다 놓으세요.',
  'manifests.import.summary': '노드 {{nodes}}개에 파드 {{pods}}개, 서비스 {{services}}개입니다.',
  'manifests.import.leftOut': '빠지거나 바뀐 항목 ({{count}})',
  'manifests.import.nothingLeft': '텍스트의 모든 내용이 시나리오에 들어갑니다.',
  'manifests.import.more': '… 외 {{count}}개',
  'manifests.import.load': '불러오기',
  'manifests.import.cancel': '취소',
  'manifests.import.defaultTitle': '쿠버네티스 YAML에서',
  'manifests.import.loaded':
    '{{title}}{{을/를}} 불러왔습니다. 노드 {{nodes}}개에 파드 {{pods}}개입니다. 되돌리기로 이전 상태를 되찾을 수 있습니다.',
  'manifests.import.unreadable': '파일을 읽지 못했습니다.',
  'manifests.problem.tooLong': '텍스트가 {{detail}}자보다 깁니다.',
  'manifests.problem.yaml': '{{line}}번째 줄: 올바른 YAML이 아닙니다({{detail}}).',
  'manifests.problem.tooMany': '{{line}}번째 줄: 오브젝트가 {{detail}}개를 넘습니다.',
  'manifests.problem.tooManyPods': '컨트롤러가 만들 파드가 {{detail}}개를 넘습니다.',
  'manifests.problem.notObject':
    '{{line}}번째 줄: 문서는 쿠버네티스 오브젝트나 목록(List)이어야 합니다.',
  'manifests.problem.empty': '텍스트에 오브젝트가 없습니다.',
  'manifests.problem.invalid': '클러스터를 불러올 수 없습니다: {{message}} ({{path}})',
  'manifests.note.line': '{{line}}번째 줄',
  'manifests.note.unsupported': '{{path}}: 시뮬레이션하지 않는 필드라 뺐습니다.',
  'manifests.note.unknownKind': '실습실이 시뮬레이션하지 않는 종류라 뺐습니다.',
  'manifests.note.invalid': '{{path}}: {{detail}} 값이 와야 합니다. 이 오브젝트는 뺐습니다.',
  'manifests.note.notRunning': '실행 중이 아니라({{detail}}) 뺐습니다.',
  'manifests.note.renamed': '{{path}} 이름을 바꿨습니다: {{detail}}',
  'manifests.note.added': '클러스터가 동작하도록 추가했습니다.',
  'manifests.note.inferred':
    '{{path}}: 찾은 주소를 모두 담는 가장 작은 범위인 {{detail}}{{으로/로}} 정했습니다.',
  'manifests.note.approximated': '{{path}}: {{detail}}{{으로/로}} 읽었습니다.',
  'manifests.note.podsListed': '파드가 목록에 있어 템플릿 대신 그 파드를 씁니다.',
  'manifests.export.title': '쿠버네티스 YAML',
  'manifests.export.hint':
    '“kubectl apply -f”에 쓸 수 있는 오브젝트로 바꾼 시나리오입니다. 네임스페이스, 플란넬과 실습실의 컨피그맵, 노드, 노드에 고정된 파드, 서비스, 인그레스(Ingress), 네트워크폴리시(NetworkPolicy)가 들어 있습니다.',
  'manifests.export.label': '매니페스트',
  'manifests.export.download': '{{name}} 내려받기',
  'manifests.export.copy': '복사',
  'manifests.export.copied': '복사했습니다.',
  'manifests.export.copyFailed': '복사하지 못했습니다. 텍스트를 선택해 직접 복사하세요.',
  'manifests.export.close': '닫기',
};
