package io.corroborate.api;

import io.corroborate.GraphQL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Bodies too large are refused from their declared length, before they are read; anonymous large imports too. */
@QuarkusTest
class RequestSizesTest {

    @TestHTTPResource("/")
    URL root;

    /** Sends only the head of a request announcing a body of the given length, and reads the answer. */
    private String announce(String path, long length, String... headers) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n")
                    .append("Content-Type: application/json\r\nContent-Length: ").append(length).append("\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write("{\"query\":".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            answer.write(buffer, 0, n);
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end > 0 && text.contains("\"errors\"") && text.trim().endsWith("}")) {
                return text;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGraphQLBodyOver10MegabytesIsRefusedBeforeItIsSent() {
        String answer = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> announce("/graphql", 500_000_000L));
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("\"PAYLOAD_TOO_LARGE\""), answer);
    }

    @Test
    void anAnonymousLargeImportIsRefusedBeforeItIsSent() {
        String answer = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> announce("/import/claims", 500_000_000L));
        assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
        assertTrue(answer.contains("\"UNAUTHENTICATED\""), answer);
    }

    @Test
    void aSignedInImportOverItsOwnLimitIsRefusedBeforeItIsSent() {
        String token = GraphQL.login("curator", "curator");
        String answer = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> announce("/import/claims", 5_000_000_000L, "Authorization: Bearer " + token));
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }

    @Test
    void aChunkedGraphQLBodyIsCutOffAtTheLimit() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try {
                for (int i = 0; i < 12; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // the service may close the connection while the rest is still being sent
            }
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"PAYLOAD_TOO_LARGE\""), answer);
        }
    }
}
