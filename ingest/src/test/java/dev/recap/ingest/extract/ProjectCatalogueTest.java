package dev.recap.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectCatalogueTest {

    private final ProjectCatalogue catalogue = ProjectCatalogue.standard();

    @Test
    void shouldNameArgoUnderEverySpellingOnce() {
        List<String> projects = catalogue.namedIn("ArgoCD, then Argo CD, then argocd and Argo Workflows.");

        assertThat(projects).containsExactly("Argo");
    }

    @Test
    void shouldMatchAmbiguousNamesOnlyAsCapitalised() {
        List<String> projects = catalogue.namedIn("le flux de données passe par le backstage du kepler");

        assertThat(projects).isEmpty();
    }

    @Test
    void shouldListProjectsInOrderOfFirstMention() {
        List<String> projects = catalogue.namedIn("Prometheus scrapes Cilium; Kubernetes runs Flux and Prometheus.");

        assertThat(projects).containsExactly("Prometheus", "Cilium", "Kubernetes", "Flux");
    }

    @Test
    void shouldNotMatchInsideLongerWords() {
        List<String> projects = catalogue.namedIn("Istioctl and Kubernetesque are not names; OPAQUE neither.");

        assertThat(projects).isEmpty();
    }

    @Test
    void shouldKnowLandscapeProjectsAndAliasesBeyondTheSeeds() {
        List<String> projects =
                catalogue.namedIn("We scan with kubescape, enforce with Gatekeeper and trace with OTel.");

        assertThat(projects).containsExactly("Kubescape", "Open Policy Agent", "OpenTelemetry");
    }

    @Test
    void shouldNotReadAnEverydayWordWithoutCloudNativeContextAsAProject() {
        List<String> projects = catalogue.namedIn("Vault of the sky. Harbor views from the boat were lovely.");

        assertThat(projects).isEmpty();
    }

    @Test
    void shouldNotReadAPersonsNameAsAProject() {
        List<String> projects = catalogue.namedIn("David Porter explained how the kubelet reports container metrics.");

        assertThat(projects).isEmpty();
    }

    @Test
    void shouldReadAnEverydayWordAsAProjectNearCloudNativeWords() {
        List<String> projects = catalogue.namedIn("Images live in Harbor and reach the pods of the cluster.");

        assertThat(projects).containsExactly("Harbor");
    }

    @Test
    void shouldLeaveOutMembersAndCertifiedProviders() {
        List<String> projects = catalogue.namedIn("Docker (member) and Red Hat (KCSP) sponsor the Kubernetes project.");

        assertThat(projects).containsExactly("Kubernetes");
    }
}
