package dev.recap.app;

import picocli.CommandLine;

/** The version printed by {@code recap --version}, from the jar manifest. */
final class RecapVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Recap.class.getPackage().getImplementationVersion();
        return new String[] {"recap " + (version == null ? "(development build)" : version)};
    }
}
