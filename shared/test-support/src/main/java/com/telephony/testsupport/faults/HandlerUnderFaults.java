package com.telephony.testsupport.faults;

import com.telephony.lambda.ApiGatewayHandler;
import com.telephony.testsupport.FabricClient;
import com.telephony.testsupport.HandlerClient;
import com.telephony.testsupport.Reply;
import com.telephony.testsupport.TestPortal;
import com.telephony.testsupport.TestProject;

import java.util.function.Supplier;

/**
 * The set-up every {@code *FaultTest} shares: a {@link FaultDrill}, the function's handler behind its faulty
 * network, a client for it, and the drill with the protocol's documented answers (Bitrix24's temporary refusal,
 * SignalWire's 500; a healed retry answers 200).
 */
public final class HandlerUnderFaults<H extends ApiGatewayHandler> implements AutoCloseable {
    private static final FaultDrill.Expectation BITRIX = new FaultDrill.Expectation(
            FaultDrill::bitrixTemporaryFailure, reply -> reply.status() == 200);
    private static final FaultDrill.Expectation FABRIC = new FaultDrill.Expectation(
            FaultDrill::fabricInternalError, reply -> reply.status() == 200);

    private final FaultDrill drill;
    private final H handler;
    private final HandlerClient client;

    private HandlerUnderFaults(Supplier<H> constructor) {
        this.drill = FaultDrill.start();
        this.handler = drill.handler(constructor);
        this.client = new HandlerClient(handler);
    }

    public static <H extends ApiGatewayHandler> HandlerUnderFaults<H> start(Supplier<H> constructor) {
        return new HandlerUnderFaults<>(constructor);
    }

    public HandlerClient client() {
        return client;
    }

    public FabricClient fabric() {
        return new FabricClient(client);
    }

    /** {@link FaultDrill#drill} on the portal's items, expecting Bitrix24's answers. */
    public Reply drill(Fault fault, boolean everyCall, TestPortal portal, Supplier<Reply> request) {
        return drill.drill(fault, everyCall, "PORTAL#" + portal.portal().id(), request, BITRIX);
    }

    /** {@link FaultDrill#drill} on the project's items, expecting SignalWire's answers. */
    public Reply drill(Fault fault, boolean everyCall, TestProject project, Supplier<Reply> request) {
        return drill.drill(fault, everyCall, "PROJECT#" + project.projectId(), request, FABRIC);
    }

    @Override
    public void close() {
        try {
            handler.close();
        } finally {
            drill.close();
        }
    }
}
