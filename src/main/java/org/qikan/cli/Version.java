package org.qikan.cli;

import picocli.CommandLine;

/** The version printed by {@code qikan --version}, from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Qikan.class.getPackage().getImplementationVersion();
        return new String[]{"qikan " + (version == null ? "(development build)" : version)};
    }
}
