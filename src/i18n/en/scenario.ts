/** English messages of the scenario format: validation errors, presets, share links, files, autosave. */
import { presetsEn } from './presets';

export const scenarioEn = {
  // ------------------------------------------------------------ document shape
  'scenario.error.required': 'The field “{{field}}” is missing.',
  'scenario.error.unknownKey': 'The field “{{key}}” is not part of the scenario format.',
  'scenario.error.wrongType': 'This value has the wrong type: expected {{expected}}.',
  'scenario.error.notOneOf': 'This value must be one of: {{options}}.',
  'scenario.error.tooLong': 'This text is too long: at most {{max}} characters.',
  'scenario.error.tooMany': 'Too many entries here: at most {{max}}.',
  'scenario.error.empty': 'This value must not be empty.',
  'scenario.error.badName':
    'Use a DNS-style name: lower-case letters, digits and “-”, starting and ending with a letter or digit, at most 63 characters.',
  'scenario.error.badLabel':
    'A label key or value may hold letters, digits, “-”, “_” and “.”, and must start and end with a letter or digit.',
  'scenario.error.badText':
    'This text contains invisible or control characters (such as NUL, zero-width or right-to-left overrides).',
  'scenario.error.badImage':
    'An image reference may hold letters, digits and “. _ - / : @” only, e.g. “nginx:1.27”.',
  'scenario.error.badIp': 'This is not an IPv4 address like 10.244.1.2.',
  'scenario.error.badCidr': 'This is not an IPv4 range like 10.244.0.0/16.',
  'scenario.error.cidrHostBits':
    'The range {{cidr}} has host bits set: its address must be the network address.',
  'scenario.error.badPodId': 'Refer to a pod as “namespace/name”, e.g. “default/web”.',
  'scenario.error.badPort': 'A port is a whole number from 1 to 65535.',
  'scenario.error.badSize': 'A packet size is a whole number of bytes from 28 to 65535.',
  'scenario.error.badTtl': 'A TTL is a whole number from 1 to 255.',
  'scenario.error.badServiceName':
    'A Service name is a DNS label that starts with a letter: lower-case letters, digits and “-”, at most 63 characters.',
  'scenario.error.badServiceRef': 'Refer to a Service as “namespace/name”, e.g. “shop/api”.',
  'scenario.error.badHost':
    'Use a DNS name: lower-case labels of letters, digits and “-” joined by dots, e.g. “shop.example.com”.',
  'scenario.error.badPath':
    'An HTTP path starts with “/” and holds URL characters only (no spaces, “?” or “#”), e.g. “/api”.',
  'scenario.error.badPortName':
    'A port name has at most 15 lower-case letters, digits and “-”, with at least one letter; write a port number without quotes.',
  'scenario.error.badNodePort': 'A NodePort is a whole number from 30000 to 32767.',
  // ------------------------------------------------------------ versions
  'scenario.error.missingVersion': 'The document has no “version” field.',
  'scenario.error.badVersion': 'The “version” field must be a whole number.',
  'scenario.error.futureVersion':
    'This scenario was made by a newer version of the app (format {{version}}; this app reads up to {{supported}}). Please update the app.',
  'scenario.error.unknownVersion': 'Format version {{version}} is not known to this app.',
  'scenario.error.migrationFailed': 'The scenario could not be upgraded from format {{from}}.',
  // ------------------------------------------------------------ cluster semantics
  'scenario.error.unknownNode': 'There is no node named “{{node}}”.',
  'scenario.error.duplicateNode': 'Another node is already named “{{name}}”.',
  'scenario.error.duplicatePod':
    'Another pod in namespace “{{namespace}}” is already named “{{name}}”.',
  'scenario.error.duplicateContainer': 'Another container of this pod is already named “{{name}}”.',
  'scenario.error.duplicateIp': 'The address {{ip}} is already used by {{other}}.',
  'scenario.error.podIpOutsideCidr':
    'The pod address {{ip}} is outside its node’s pod range {{cidr}}.',
  'scenario.error.podIpNetwork':
    'The pod address {{ip}} is the network address of {{cidr}}; pods cannot use it.',
  'scenario.error.podIpGateway':
    'The pod address {{ip}} belongs to the node’s bridge (cni0), the pods’ gateway in {{cidr}}.',
  'scenario.error.podIpBroadcast':
    'The pod address {{ip}} is the broadcast address of {{cidr}}; pods cannot use it.',
  'scenario.error.hostNetworkIp':
    'A hostNetwork pod uses its node’s address; remove the fixed pod IP.',
  'scenario.error.podCidrOutsideCluster':
    'The node’s pod range {{cidr}} is not inside the cluster range {{cluster}}.',
  'scenario.error.podCidrOverlap': 'The pod range {{cidr}} overlaps node “{{other}}”’s range.',
  'scenario.error.podCidrExhausted':
    'Node “{{node}}” has {{count}} pods but its range {{cidr}} holds only {{capacity}} pod addresses.',
  'scenario.error.nodeIpOutside':
    'The node address {{ip}} is outside the node network {{network}}.',
  'scenario.error.nodeIpReserved':
    'The node address {{ip}} is the network or broadcast address of {{network}}.',
  'scenario.error.networksOverlap':
    'The node network {{nodeNetwork}} overlaps the cluster range {{clusterCidr}}: a packet could not tell nodes from pods.',
  'scenario.error.unknownPod': 'There is no pod “{{pod}}”.',
  'scenario.error.unknownContainer': 'Pod “{{pod}}” has no container named “{{container}}”.',
  'scenario.error.portRequired': 'A TCP or UDP packet needs a destination port.',
  // ------------------------------------------------------------ Kubernetes objects
  'scenario.error.duplicateNamespace': 'The namespace “{{name}}” is listed twice.',
  'scenario.error.duplicateService':
    'Another Service in namespace “{{namespace}}” is already named “{{name}}”.',
  'scenario.error.serviceCidrOverlap':
    'The service range {{serviceCidr}} overlaps {{other}}: a ClusterIP must not look like a pod or node address.',
  'scenario.error.clusterIpOutside': 'The ClusterIP {{ip}} is outside the service range {{cidr}}.',
  'scenario.error.clusterIpReserved':
    'The ClusterIP {{ip}} is the network or broadcast address of {{cidr}}.',
  'scenario.error.headlessNodePort':
    'A headless Service (clusterIP “None”) cannot be a NodePort: it has no virtual address to forward to.',
  'scenario.error.nodePortOnClusterIp':
    'Only a Service of type NodePort has a nodePort; change the type or remove the nodePort.',
  'scenario.error.localNeedsNodePort':
    'externalTrafficPolicy Local only applies to a NodePort Service.',
  'scenario.error.portNameRequired': 'A Service with more than one port must name every port.',
  'scenario.error.duplicatePortName': 'Another port of this Service is already named “{{name}}”.',
  'scenario.error.duplicateServicePort': 'This Service already has port {{port}}/{{protocol}}.',
  'scenario.error.duplicateNodePort': 'NodePort {{port}} is already used by Service “{{other}}”.',
  'scenario.error.duplicateIngress':
    'Another Ingress in namespace “{{namespace}}” is already named “{{name}}”.',
  'scenario.error.unknownService': 'There is no Service “{{service}}”.',
  'scenario.error.unknownServicePort': 'Service “{{service}}” has no port “{{port}}”.',
  'scenario.error.noIngressController':
    'Ingress rules need an ingress controller: choose the pod that runs it.',
  'scenario.error.notNodePort':
    'Service “{{service}}” is not of type NodePort, so no node listens for it.',
  'scenario.error.duplicatePolicy':
    'Another NetworkPolicy in namespace “{{namespace}}” is already named “{{name}}”.',
  'scenario.error.duplicatePolicyType': 'Each policy type may be listed once.',
  'scenario.error.selectorValues':
    'The operator {{operator}} needs values with In and NotIn, and none with Exists and DoesNotExist.',
  'scenario.error.peerEmpty':
    'A peer needs a podSelector, a namespaceSelector or an ipBlock (leave the peer list empty to allow everyone).',
  'scenario.error.peerMixed':
    'A peer is either an ipBlock or pod and namespace selectors, not both: make them two peers.',
  'scenario.error.exceptOutsideCidr':
    'The exception {{except}} must be a smaller range inside {{cidr}}.',
  'scenario.error.endPortNeedsNumber': 'An endPort needs a numbered port to start the range.',
  'scenario.error.endPortBelowPort': 'The range ends at {{endPort}}, before it starts at {{port}}.',
  'scenario.error.outsideIpOutside':
    'The address {{ip}} must be a host address on the node network {{network}}.',
  'scenario.error.internetHostInside':
    'The internet host {{ip}} is inside {{range}}; choose an address outside the cluster.',
  'scenario.error.httpNeedsTcp': 'An HTTP request (host and path) travels over TCP.',
  'scenario.error.endpointNeedsService':
    'Only a packet to a Service (by ClusterIP, NodePort or name) can pin an endpoint.',
  'scenario.error.endpointNotSelected':
    'Pod “{{pod}}” is not an endpoint of Service “{{service}}”: its selector does not pick it.',
  'scenario.warning.noEndpoints':
    'Service “{{service}}” selects no pod: a connection to it is rejected.',
  'scenario.warning.namedPortMissing':
    'No pod of Service “{{service}}” declares a port named “{{port}}”, so it has no endpoint for it.',
  // ------------------------------------------------------------ untrusted text
  'scenario.error.notObject': 'Expected a scenario object, not {{found}}.',
  'scenario.error.tooLarge': 'The input is too large: at most {{max}} bytes.',
  'scenario.error.tooDeep': 'The input is nested too deeply (more than {{max}} levels).',
  'scenario.error.forbiddenKey': 'The input contains the forbidden key “{{key}}”.',
  'scenario.error.badJson': 'The input is not valid JSON.',
  'scenario.error.emptyInput': 'The input is empty.',
  // ------------------------------------------------------------ share links
  'scenario.share.error.tooLong':
    'The link is too long ({{length}} characters; at most {{max}}). It may have been altered.',
  'scenario.share.error.empty': 'The link holds no scenario.',
  'scenario.share.error.badPrefix': 'This is not a Pod Network Lab scenario link.',
  'scenario.share.error.newerVersion':
    'This link was made by a newer version of the app (link format {{version}}). Please update the app.',
  'scenario.share.error.badBase64':
    'The link is damaged: it contains characters a link cannot hold.',
  'scenario.share.error.badCompression': 'The link is damaged or cut short: it cannot be unpacked.',
  'scenario.share.error.tooBig':
    'The link unpacks to more than {{max}} bytes, far more than any scenario needs; it was not opened.',
  'scenario.share.error.badShape': 'The link’s content is not a shared view.',
  'scenario.share.error.invalidScenario':
    'The scenario in the link is not valid ({{count}} problems; first at “{{path}}”).',
  'scenario.share.error.badFlow':
    'The link shows packet {{index}}, but the scenario has {{count}}.',
  'scenario.share.error.badHop': 'The link points at hop {{hop}}; it must be from 0 to {{max}}.',
  // ------------------------------------------------------------ files and autosave
  'scenario.file.error.invalidScenario':
    'The file is not a valid scenario ({{count}} problems; first at “{{path}}”).',
  'scenario.storage.error.badEnvelope': 'The autosaved scenario is damaged and was not restored.',
  'scenario.storage.error.newerVersion':
    'The autosave was written by a newer version of the app and was not restored.',
  'scenario.storage.error.invalidScenario':
    'The autosaved scenario is no longer valid and was not restored.',
  ...presetsEn,
} as const;
