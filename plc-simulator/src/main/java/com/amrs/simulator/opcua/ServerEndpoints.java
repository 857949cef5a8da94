package com.amrs.simulator.opcua;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;
import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME;

import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;

/**
 * The endpoints the server binds (all on 0.0.0.0) and advertises. A client asking GetEndpoints
 * through a host name it knows us by gets endpoint URLs with that host name; without one per host
 * name, clients other than Milo's would be sent to a host they may not be able to reach.
 */
final class ServerEndpoints {

    static final String PATH = "/freeopcua/server/";

    private ServerEndpoints() {}

    static Set<EndpointConfig> anonymous(int port, Set<String> hostnames) {
        var endpoints = new LinkedHashSet<EndpointConfig>();
        for (String hostname : hostnames) {
            endpoints.add(base(port, hostname)
                    .setSecurityPolicy(SecurityPolicy.None)
                    .setSecurityMode(MessageSecurityMode.None)
                    .addTokenPolicies(USER_TOKEN_POLICY_ANONYMOUS)
                    .build());
        }
        return endpoints;
    }

    /** Unsecured GetEndpoints stays possible on these: Milo allows discovery on a None channel. */
    static Set<EndpointConfig> secured(int port, Set<String> hostnames, X509Certificate certificate) {
        var endpoints = new LinkedHashSet<EndpointConfig>();
        for (String hostname : hostnames) {
            endpoints.add(base(port, hostname)
                    .setCertificate(certificate)
                    .setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                    .setSecurityMode(MessageSecurityMode.SignAndEncrypt)
                    .addTokenPolicies(USER_TOKEN_POLICY_USERNAME)
                    .build());
        }
        return endpoints;
    }

    private static EndpointConfig.Builder base(int port, String hostname) {
        return EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("0.0.0.0")
                .setBindPort(port)
                .setHostname(hostname)
                .setPath(PATH);
    }

    /** Configured names first: a client whose host name matches none gets all endpoints, in this order. */
    static Set<String> hostnames(List<String> extraHostnames) {
        var hostnames = new LinkedHashSet<>(extraHostnames);
        hostnames.add(HostnameUtil.getHostname());
        hostnames.addAll(new TreeSet<>(HostnameUtil.getHostnames("0.0.0.0", false, false)));
        hostnames.add("localhost");
        hostnames.add("127.0.0.1");
        return hostnames;
    }
}
