package dev.cognitoes.http.operation;

import java.util.Map;

/** The operations one feature serves over HTTP, by their AWS operation name. */
public interface OperationSet {

    Map<String, OperationHandler> handlers();
}
