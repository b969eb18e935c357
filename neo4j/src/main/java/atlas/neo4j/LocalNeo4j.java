package atlas.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1, so that the project has a real
 * database on machines without Docker or a Neo4j installation.
 *
 * <p>Usage: {@code LocalNeo4j --home DIR [--port N] [--watch-stdin]}. The password of the {@code neo4j}
 * user comes from the environment variable {@code NEO4J_PASSWORD} (never from the command line, where
 * other users could read it). Once Bolt accepts connections it prints exactly one line
 * {@code READY bolt://127.0.0.1:PORT}. SIGINT and SIGTERM shut the database down cleanly; with
 * {@code --watch-stdin} so does the end of standard input, which is how a parent process that dies
 * without cleaning up still stops its database.
 */
public final class LocalNeo4j {

  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set to at least 8 characters (Neo4j's minimum).");
    }
    Files.createDirectories(options.home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(options.home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb))
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Bolt's defaults wait 5 s twice on shutdown for connections that a stopping local database
            // no longer owes anything; transactions are still rolled back and the store checkpointed.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "atlas-neo4j-shutdown"));

    int port;
    try {
      setPassword(dbms, password);
      port = boundBoltPort(dbms);
    } catch (RuntimeException e) {
      // Neo4j's own threads would keep the JVM alive after main fails: exit, letting the hook shut down.
      e.printStackTrace();
      System.exit(1);
      return;
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (options.watchStdin) {
      waitForEndOfInput(System.in);
      System.exit(0);
    }
    stopped.await();
  }

  /** The default user must not keep Neo4j's well-known initial password, nor be asked to change it. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one it already has; that is the normal restart case.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static int boundBoltPort(DatabaseManagementService dbms) {
    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    HostnamePort address =
        db.getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
    if (address == null) {
      fail("Neo4j started but its Bolt connector did not bind.");
    }
    return address.getPort();
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException closed) {
      // A broken pipe means the parent is gone: shut down as for end of input.
    }
  }

  private static void fail(String message) {
    System.err.println("LocalNeo4j: " + message);
    System.exit(2);
  }

  private record Options(Path home, int port, boolean watchStdin, long pageCacheMb) {
    static Options parse(String[] args) {
      Path home = null;
      int port = 7687;
      boolean watchStdin = false;
      long pageCacheMb = 256;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--home" -> home = Path.of(value(args, ++i, "--home"));
          case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
          case "--page-cache-mb" -> pageCacheMb = Long.parseLong(value(args, ++i, "--page-cache-mb"));
          case "--watch-stdin" -> watchStdin = true;
          default -> fail("unknown argument " + args[i]);
        }
      }
      if (home == null) {
        fail("usage: LocalNeo4j --home DIR [--port N] [--page-cache-mb N] [--watch-stdin]");
      }
      if (port < 0 || port > 65535) {
        fail("--port must be between 0 and 65535");
      }
      return new Options(home.toAbsolutePath(), port, watchStdin, pageCacheMb);
    }

    private static String value(String[] args, int i, String flag) {
      if (i >= args.length) {
        fail(flag + " needs a value");
      }
      return args[i];
    }
  }
}
