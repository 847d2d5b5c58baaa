package dev.recap.streams.classify;

import java.util.List;

/** The theme ids of {@code THEMES.md}, in the order the digest shows them. */
public final class Themes {

    public static final String GITOPS_DELIVERY = "gitops-delivery";
    public static final String EBPF_NETWORKING = "ebpf-networking";
    public static final String SECURITY_SUPPLY_CHAIN = "security-supply-chain";
    public static final String OBSERVABILITY = "observability";
    public static final String SERVICE_MESH = "service-mesh";
    public static final String SUSTAINABILITY = "sustainability";
    public static final String STORAGE_STATEFUL = "storage-stateful";
    public static final String RUNTIME_CONTAINERS = "runtime-containers";
    public static final String PLATFORM_MULTITENANCY = "platform-multitenancy";
    public static final String WASM = "wasm";
    public static final String AI_ML = "ai-ml";
    public static final String COMMUNITY = "community";
    public static final String OTHER = "other";

    public static final List<String> ALL = List.of(
            GITOPS_DELIVERY,
            EBPF_NETWORKING,
            SECURITY_SUPPLY_CHAIN,
            OBSERVABILITY,
            SERVICE_MESH,
            SUSTAINABILITY,
            STORAGE_STATEFUL,
            RUNTIME_CONTAINERS,
            PLATFORM_MULTITENANCY,
            WASM,
            AI_ML,
            COMMUNITY,
            OTHER);

    private Themes() {}
}
