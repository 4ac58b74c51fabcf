package org.qikan.export;

/** Prints whether this JVM has the optimizing compiler, as {@link Sha256Hashing} decides it: run by {@link Sha256HashingTest} with chosen options. */
final class CompilerProbe {
    private CompilerProbe() {
    }

    public static void main(String[] args) {
        System.out.println(Sha256Hashing.hasOptimizingCompiler());
    }
}
