package com.amrs.launcher;

/** {@code ./amrs COMMAND}: the local mode of DESIGN.md §11, §20. */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        System.exit(0);
    }
}
