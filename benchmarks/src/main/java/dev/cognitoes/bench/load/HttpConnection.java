package dev.cognitoes.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection speaking AWS JSON 1.1 ({@code POST /} with {@code X-Amz-Target}), blocking,
 * for one load-generator thread. Lighter than a general client, since the load generator shares the cores with the
 * server it measures. Reconnects when the server closed the connection.
 */
final class HttpConnection implements AutoCloseable {

    record Response(int status, byte[] body) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    Response post(String operation, byte[] body) throws IOException {
        byte[] head = ("POST / HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AWSCognitoIdentityProviderService."
                + operation + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        boolean fresh = socket == null;
        try {
            return exchange(head, body);
        } catch (EOFException | java.net.SocketException closedWhileIdle) {
            close();
            if (fresh) {
                throw closedWhileIdle;
            }
            return exchange(head, body);
        }
    }

    private Response exchange(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        out.write(request);
        out.flush();
        String statusLine = line(true);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String header = line(false); !header.isEmpty(); header = line(false)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closeAfter = true;
            }
        }
        byte[] content = chunked ? chunks() : fixed(Math.max(length, 0));
        if (closeAfter) {
            close();
        }
        return new Response(status, content);
    }

    private byte[] fixed(int length) throws IOException {
        byte[] content = in.readNBytes(length);
        if (content.length != length) {
            throw new EOFException("the response body ended early");
        }
        return content;
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (true) {
            String size = line(false);
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                while (!line(false).isEmpty()) {
                    continue;
                }
                return content.toByteArray();
            }
            content.write(fixed(length));
            line(false);
        }
    }

    private String line(boolean first) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException(first && line.length() == 0 ? "the server closed the connection"
                        : "the response ended early");
            }
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket the load generator is done with
            }
            socket = null;
        }
    }
}
