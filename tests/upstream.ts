/**
 * How flannel, the CNI bridge plugin and the kubelet really set up a node — their documented
 * defaults, each with its source, stated once. The derived network is checked against these (in
 * unit tests, and in the kernel by the conformance run), never against the simulation's constants.
 */

/** The defaults, by what they set. */
export const UPSTREAM = {
  /**
   * flannel Documentation/backends.md, VXLAN: "`VNI` … On Linux, defaults to 1"; the device is named
   * `flannel.<VNI>` (pkg/backend/vxlan/vxlan.go: `fmt.Sprintf("flannel.%d", cfg.VNI)`).
   */
  vxlanVni: 1,
  vxlanDevice: 'flannel.1',
  /**
   * flannel Documentation/backends.md: "`Port` … On Linux, defaults to kernel default, currently
   * 8472". That is Linux's own legacy default (drivers/net/vxlan: module parameter udp_port = 8472;
   * `ip link add … type vxlan` without `dstport` warns it is non-standard), not IANA's 4789.
   */
  vxlanPort: 8472,
  /**
   * flannel pkg/backend/vxlan/device.go: the VXLAN link's MTU is the external interface's minus 50;
   * vxlan_network.go: `encapOverhead = 50`, and the network MTU (FLANNEL_MTU in subnet.env) is that.
   */
  vxlanOverhead: 50,
  /**
   * flannel pkg/backend/vxlan/vxlan.go: the VTEP gets the lease's subnet address (the network
   * address of the node's range) as a /32, "so that no broadcast routes are created".
   */
  vtepPrefix: 32,
  /** The node network's MTU everywhere here (an Ethernet NIC). */
  nicMtu: 1500,
  /**
   * flannel-io/cni-plugin flannel_linux.go: the delegate is the `bridge` plugin with
   * `mtu` = FLANNEL_MTU and `isGateway: true`; containernetworking/plugins
   * plugins/main/bridge/bridge.go: `defaultBrName = "cni0"`, the bridge and both veth ends get that
   * MTU. Under host-gw FLANNEL_MTU is the external interface's MTU (pkg/backend/hostgw/hostgw.go).
   */
  bridge: 'cni0',
  /**
   * containernetworking/plugins host-local allocator range.go: the gateway defaults to the subnet's
   * first address (.1, the bridge's with isGateway) and allocation skips it: the first pod gets .2.
   */
  gatewayHost: 1,
  firstPodHost: 2,
  /**
   * flannel Documentation/kube-flannel.yml: `"Network": "10.244.0.0/16"`; kube-controller-manager
   * `--node-cidr-mask-size` defaults to 24 for IPv4: each node's podCIDR is a /24.
   */
  clusterCidr: '10.244.0.0/16',
  nodePodPrefix: 24,
  /**
   * bridge.go `enableIPForward` writes net.ipv4.ip_forward=1 in the host namespace (kubeadm's
   * preflight requires it on every node). Nothing upstream sets a pod's: a new namespace copies the
   * host's IPv4 settings (net/ipv4/devinet.c `devinet_init_net`, devconf_inherit_init_net 0;
   * measured here), so on a real node a pod starts with ip_forward=1 too. The simulation's pods do
   * not forward — a simplification no traced packet can tell apart, since a pod only ever receives
   * packets for its own address — so it is no upstream fact and is not checked here.
   */
  nodeIpForward: 1,
  /**
   * Kubernetes API, PodSpec.hostNetwork: "Host networking requested for this pod. Use the host's
   * network namespace." Such a pod has no namespace, address or port space of its own.
   */
  hostNetworkSharesNode: true,
  /** kubelet `--port`: "The port for the Kubelet to serve on" (default 10250). */
  kubeletPort: 10250,
} as const;

/** The n-th address of a block ("10.244.1.0/24", 1 → "10.244.1.1"), by plain octet arithmetic. */
export function nthAddress(cidr: string, n: number): string {
  const [base = '', prefix = '32'] = cidr.split('/');
  const value = base.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(prefix));
  const v = value - (value % size) + n;
  return [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join('.');
}
