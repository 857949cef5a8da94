package com.amrs.launcher.process;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * How one service is started and known to be ready (from its health endpoint, never from its log), and
 * whether it waits for the api-server, whose migrations make the tables it reads.
 */
public record ServiceSpec(String name, List<String> command, int port, BooleanSupplier ready, boolean afterApiServer) {}
