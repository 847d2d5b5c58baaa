package dev.recap.schemas;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Lets Avro 1.12 instantiate our generated classes: it refuses classes outside an allow-list, even to
 * fill in a builder's default values. Every entry point calls {@link #install()} first; tests set the
 * equivalent system property ({@code org.apache.avro.SERIALIZABLE_PACKAGES}) in the parent pom.
 */
public final class AvroTrust {

    public static final String EVENTS_PACKAGE = "dev.recap.events";
    /** Our generated classes, by package: the builder's {@code add()} names one class, not a package. */
    static final ClassSecurityValidator.ClassSecurityPredicate OUR_CLASSES =
            clazz -> clazz.getName().startsWith(EVENTS_PACKAGE + ".");

    private static boolean installed;

    private AvroTrust() {}

    /** Adds {@value #EVENTS_PACKAGE} to Avro's trusted packages; idempotent. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.setGlobal(
                ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), OUR_CLASSES));
        installed = true;
    }
}
