package dev.recap.app.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The theme and project alias tables of {@code score-extraction}, and how it reads theme and project lists. */
final class Labels {

    private static final Map<String, String> THEME_ALIASES = Map.ofEntries(
            Map.entry("gitops", "gitops-delivery"),
            Map.entry("delivery", "gitops-delivery"),
            Map.entry("ci/cd", "gitops-delivery"),
            Map.entry("cicd", "gitops-delivery"),
            Map.entry("ebpf", "ebpf-networking"),
            Map.entry("networking", "ebpf-networking"),
            Map.entry("network", "ebpf-networking"),
            Map.entry("security", "security-supply-chain"),
            Map.entry("supply chain", "security-supply-chain"),
            Map.entry("supply-chain", "security-supply-chain"),
            Map.entry("monitoring", "observability"),
            Map.entry("service mesh", "service-mesh"),
            Map.entry("mesh", "service-mesh"),
            Map.entry("green it", "sustainability"),
            Map.entry("green", "sustainability"),
            Map.entry("storage", "storage-stateful"),
            Map.entry("stateful", "storage-stateful"),
            Map.entry("data", "storage-stateful"),
            Map.entry("runtime", "runtime-containers"),
            Map.entry("containers", "runtime-containers"),
            Map.entry("platform", "platform-multitenancy"),
            Map.entry("multi-tenancy", "platform-multitenancy"),
            Map.entry("multitenancy", "platform-multitenancy"),
            Map.entry("platform engineering", "platform-multitenancy"),
            Map.entry("webassembly", "wasm"),
            Map.entry("ai", "ai-ml"),
            Map.entry("ml", "ai-ml"),
            Map.entry("ai/ml", "ai-ml"));

    private static final Map<String, String> PROJECT_ALIASES = Map.ofEntries(
            Map.entry("argo cd", "argo"),
            Map.entry("argocd", "argo"),
            Map.entry("argo workflows", "argo"),
            Map.entry("argo rollouts", "argo"),
            Map.entry("opa", "open policy agent"),
            Map.entry("conftest", "open policy agent"),
            Map.entry("gatekeeper", "open policy agent"),
            Map.entry("emissary", "emissary-ingress"),
            Map.entry("emissary ingress", "emissary-ingress"),
            Map.entry("otel", "opentelemetry"),
            Map.entry("open telemetry", "opentelemetry"),
            Map.entry("k8s", "kubernetes"),
            Map.entry("artifacthub", "artifact hub"),
            Map.entry("crio", "cri-o"),
            Map.entry("cilium mesh", "cilium"),
            Map.entry("clustermesh", "cilium"),
            Map.entry("cluster mesh", "cilium"),
            Map.entry("tetragon", "cilium"),
            Map.entry("oam", "kubevela"));

    private Labels() {}

    /** Theme ids of a list, aliases resolved, duplicates dropped, order kept. */
    static List<String> themesOf(List<Object> themes) {
        List<String> result = new ArrayList<>();
        for (Object theme : themes) {
            String key = Fields.pythonString(theme).toLowerCase(Locale.ROOT).strip();
            String id = THEME_ALIASES.getOrDefault(key, key);
            if (!result.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }

    /** A project name normalised like a title, then resolved through the alias table. */
    static String project(Object name) {
        String normalised = Titles.normalise(name);
        return PROJECT_ALIASES.getOrDefault(normalised, normalised);
    }
}
