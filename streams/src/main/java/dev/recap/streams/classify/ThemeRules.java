package dev.recap.streams.classify;

import static dev.recap.streams.classify.Themes.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keywords (English and French, normalised) and project names per theme. This is the thin first cut of
 * {@code THEMES.md}; the landscape-driven project table replaces {@link #defaults()}'s project list later.
 */
public final class ThemeRules {

    private final Map<String, List<String>> keywords;
    private final Map<String, String> projectThemes;

    public ThemeRules(Map<String, List<String>> keywords, Map<String, String> projectThemes) {
        this.keywords = keywords.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream()
                                .map(ThemeClassifier::normalise)
                                .toList(),
                        (a, b) -> a,
                        LinkedHashMap::new));
        this.projectThemes = projectThemes.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    }

    public Map<String, List<String>> keywords() {
        return keywords;
    }

    /** The theme of a project name, or {@code null} when the rules do not know it. */
    public String themeOfProject(String project) {
        return projectThemes.get(project.toLowerCase(Locale.ROOT));
    }

    int order(String theme) {
        int index = ALL.indexOf(theme);
        return index < 0 ? ALL.size() : index;
    }

    /** The seed keywords of {@code THEMES.md} and the best-known projects of each theme. */
    public static ThemeRules defaults() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put(
                GITOPS_DELIVERY,
                List.of(
                        "gitops",
                        "continuous delivery",
                        "continuous deployment",
                        "ci/cd",
                        "pipeline",
                        "progressive delivery",
                        "canary",
                        "blue-green",
                        "rollout",
                        "drift",
                        "reconciliation",
                        "livraison continue",
                        "deploiement continu",
                        "integration continue",
                        "reconciliation"));
        k.put(
                EBPF_NETWORKING,
                List.of(
                        "ebpf",
                        "bpf",
                        "xdp",
                        "kernel",
                        "cni",
                        "network policy",
                        "ingress",
                        "gateway api",
                        "load balancing",
                        "noyau",
                        "reseau",
                        "politique reseau"));
        k.put(
                SECURITY_SUPPLY_CHAIN,
                List.of(
                        "security",
                        "zero trust",
                        "policy",
                        "admission",
                        "rbac",
                        "identity",
                        "secrets",
                        "compliance",
                        "sbom",
                        "ibom",
                        "supply chain",
                        "attestation",
                        "provenance",
                        "signing",
                        "vulnerability",
                        "cve",
                        "scanner",
                        "scanners",
                        "securite",
                        "conformite",
                        "chaine d approvisionnement",
                        "vulnerabilite",
                        "faille"));
        k.put(
                OBSERVABILITY,
                List.of(
                        "observability",
                        "monitoring",
                        "metrics",
                        "logs",
                        "traces",
                        "tracing",
                        "profiling",
                        "telemetry",
                        "dashboards",
                        "alerting",
                        "slo",
                        "observabilite",
                        "supervision",
                        "metriques",
                        "journaux",
                        "profilage"));
        k.put(
                SERVICE_MESH,
                List.of(
                        "service mesh",
                        "sidecar",
                        "sidecarless",
                        "ambient",
                        "ztunnel",
                        "waypoint",
                        "mtls",
                        "maillage de services"));
        k.put(
                SUSTAINABILITY,
                List.of(
                        "sustainability",
                        "green it",
                        "green software",
                        "carbon",
                        "carbon aware",
                        "energy",
                        "emissions",
                        "finops",
                        "durabilite",
                        "numerique responsable",
                        "empreinte carbone",
                        "consommation electrique",
                        "consommation energetique",
                        "sobriete"));
        k.put(
                STORAGE_STATEFUL,
                List.of(
                        "storage",
                        "persistent volume",
                        "statefulset",
                        "stateful",
                        "database",
                        "backup",
                        "etcd",
                        "stockage",
                        "base de donnees",
                        "sauvegarde"));
        k.put(
                RUNTIME_CONTAINERS,
                List.of(
                        "container runtime",
                        "cri",
                        "runc",
                        "microvm",
                        "virtual machine",
                        "sandbox",
                        "containerd",
                        "environnement d execution",
                        "machine virtuelle"));
        k.put(
                PLATFORM_MULTITENANCY,
                List.of(
                        "platform engineering",
                        "internal developer platform",
                        "developer portal",
                        "golden path",
                        "multi tenancy",
                        "multi tenant",
                        "tenant",
                        "virtual cluster",
                        "cluster api",
                        "operator",
                        "autoscaling",
                        "serverless",
                        "ingenierie de plateforme",
                        "multi locataire",
                        "cluster virtuel",
                        "operateur"));
        k.put(WASM, List.of("webassembly", "wasm", "wasi", "component model"));
        k.put(
                AI_ML,
                List.of(
                        "machine learning",
                        "llm",
                        "gpu",
                        "inference",
                        "training",
                        "intelligence artificielle",
                        "apprentissage automatique"));
        k.put(
                COMMUNITY,
                List.of(
                        "keynote",
                        "keynotes",
                        "community",
                        "contributors",
                        "maintainers",
                        "career",
                        "diversity",
                        "mentoring",
                        "communaute",
                        "contributeurs",
                        "mainteneurs",
                        "pleniere"));
        Map<String, String> p = new LinkedHashMap<>();
        for (String name : List.of("Argo", "Argo CD", "ArgoCD", "Flux", "Flagger", "Keptn", "Tekton", "Kargo")) {
            p.put(name, GITOPS_DELIVERY);
        }
        for (String name : List.of("Cilium", "Hubble", "Tetragon", "Envoy", "Calico", "CoreDNS", "gRPC")) {
            p.put(name, EBPF_NETWORKING);
        }
        for (String name : List.of(
                "Falco",
                "Kyverno",
                "Open Policy Agent",
                "OPA",
                "Gatekeeper",
                "SPIFFE",
                "SPIRE",
                "Notary",
                "in-toto",
                "Sigstore",
                "Cosign",
                "Tracee",
                "Trivy",
                "Keycloak",
                "Harbor")) {
            p.put(name, SECURITY_SUPPLY_CHAIN);
        }
        for (String name : List.of(
                "Prometheus",
                "OpenTelemetry",
                "Jaeger",
                "Thanos",
                "Cortex",
                "Fluentd",
                "Fluent Bit",
                "Grafana",
                "Pixie",
                "Litmus",
                "Chaos Mesh")) {
            p.put(name, OBSERVABILITY);
        }
        for (String name : List.of("Istio", "Linkerd", "Kuma")) {
            p.put(name, SERVICE_MESH);
        }
        p.put("Kepler", SUSTAINABILITY);
        for (String name : List.of("Rook", "Longhorn", "Vitess", "TiKV", "etcd", "Strimzi", "CloudNativePG")) {
            p.put(name, STORAGE_STATEFUL);
        }
        for (String name : List.of("containerd", "CRI-O", "Kata Containers", "Firecracker", "Flintlock")) {
            p.put(name, RUNTIME_CONTAINERS);
        }
        for (String name : List.of(
                "Backstage",
                "Crossplane",
                "KEDA",
                "Knative",
                "Karpenter",
                "vCluster",
                "Cluster API",
                "Capsule",
                "Helm",
                "Operator Framework",
                "KubeVela")) {
            p.put(name, PLATFORM_MULTITENANCY);
        }
        for (String name : List.of("wasmCloud", "WasmEdge", "Spin", "SpinKube")) {
            p.put(name, WASM);
        }
        for (String name : List.of("Kubeflow", "Volcano", "KServe")) {
            p.put(name, AI_ML);
        }
        return new ThemeRules(k, p);
    }
}
