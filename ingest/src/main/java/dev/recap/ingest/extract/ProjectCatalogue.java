package dev.recap.ingest.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The projects Recap recognises in posts and talks, each under one name ("ArgoCD" and "Argo CD" are
 * Argo). {@link #standard()} is a small list of cloud-native projects; pass more to the constructor.
 */
public final class ProjectCatalogue {

    private final List<Project> projects;

    public ProjectCatalogue(List<Project> projects) {
        this.projects = List.copyOf(projects);
    }

    /** The projects of the seed corpus and samples. */
    public static ProjectCatalogue standard() {
        return new ProjectCatalogue(List.of(
                Project.exact("Argo", List.of("Argo"), "argo\\s?cd", "argoproj", "argo (?:workflows|rollouts|events)"),
                Project.exact("Backstage", List.of("Backstage")),
                Project.anyCase("Cilium", "cilium"),
                Project.anyCase("containerd", "containerd"),
                Project.anyCase("Crossplane", "crossplane"),
                Project.exact("Envoy", List.of("Envoy")),
                Project.exact("Falco", List.of("Falco")),
                Project.exact("Flux", List.of("Flux"), "flux\\s?cd"),
                Project.exact("Helm", List.of("Helm")),
                Project.exact("Hubble", List.of("Hubble")),
                Project.anyCase("in-toto", "in-toto"),
                Project.anyCase("Istio", "istio"),
                Project.exact("Jaeger", List.of("Jaeger")),
                Project.exact("KEDA", List.of("KEDA", "Keda")),
                Project.exact("Kepler", List.of("Kepler")),
                Project.anyCase("Keycloak", "keycloak"),
                Project.anyCase("Kubernetes", "kubernetes", "k8s"),
                Project.anyCase("Kyverno", "kyverno"),
                Project.anyCase("Linkerd", "linkerd"),
                Project.exact("Open Policy Agent", List.of("OPA"), "open policy agent"),
                Project.exact("OpenTelemetry", List.of("OTel"), "open\\s?telemetry"),
                Project.exact("Pixie", List.of("Pixie")),
                Project.anyCase("Prometheus", "prometheus"),
                Project.anyCase("SPIFFE", "spiffe", "spire"),
                Project.anyCase("Tetragon", "tetragon"),
                Project.exact("Thanos", List.of("Thanos")),
                Project.anyCase("Tracee", "tracee"),
                Project.anyCase("Trivy", "trivy"),
                Project.anyCase("vCluster", "vcluster")));
    }

    public List<Project> projects() {
        return projects;
    }

    /** The names of the projects {@code text} mentions, in the order of their first mention. */
    public List<String> namedIn(String text) {
        Objects.requireNonNull(text, "text");
        return projects.stream()
                .map(p -> Map.entry(p.name(), p.firstMentionIn(text)))
                .filter(e -> e.getValue() >= 0)
                .sorted(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
    }
}
