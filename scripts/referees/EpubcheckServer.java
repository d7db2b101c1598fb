// One EPUBCheck JVM for a whole test run: EPUBCheck 4.2 checks one book per command, and a JVM per
// book costs seconds to start and warm up. Run with the source launcher (Java 11+, no javac needed):
//
//   java -cp /usr/bin/epubcheck scripts/referees/EpubcheckServer.java
//
// It listens on 127.0.0.1 (a free port, printed as "listening on PORT") and, for each POST /check
// whose body is the absolute path of an .epub, runs EPUBCheck's own command line on it
// (`<book> --json <report>`) in a fresh EpubChecker and answers with that JSON report. Books are
// checked one at a time, in the order asked. It stops when its standard input closes, so it never
// outlives the test run that started it.
import com.adobe.epubcheck.tool.EpubChecker;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Executors;

public class EpubcheckServer {
  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    // EPUBCheck prints its progress to the console; the report is what the tests read.
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/check", EpubcheckServer::check);
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.start();
    out.println("listening on " + server.getAddress().getPort());
    out.flush();
    while (System.in.read() != -1) {}
    server.stop(0);
    System.exit(0);
  }

  static void check(HttpExchange exchange) throws IOException {
    int status = 200;
    byte[] body;
    try {
      String book = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim();
      File report = File.createTempFile("epubcheck-", ".json");
      try {
        int exit = new EpubChecker().run(new String[] {book, "--json", report.getPath()});
        if (report.length() == 0) throw new IOException("EPUBCheck wrote no report for " + book + " (exit " + exit + ")");
        body = Files.readAllBytes(report.toPath());
      } finally {
        report.delete();
      }
    } catch (Throwable error) {
      status = 500;
      body = String.valueOf(error).getBytes(StandardCharsets.UTF_8);
    }
    exchange.getResponseHeaders().set("content-type", status == 200 ? "application/json" : "text/plain");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(body);
    }
  }
}
