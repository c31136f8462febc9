package org.switchover.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * How people reach a running lab from another process: a TCP socket on 127.0.0.1 whose address and
 * a random token are written to {@code <lab dir>/control} (readable by its owner only). A client
 * connects, sends the token on one line and one {@link FaultCommand} on the next, and reads the
 * answer: {@code ok ...} or {@code error ...} lines until the lab closes the connection.
 */
public final class LabControl implements AutoCloseable {
    /** The file in the lab directory that names the control address. */
    public static final String FILE = "control";

    private final Lab lab;
    private final ServerSocket socket;
    private final String token;
    private final Path file;
    private final Thread acceptor;

    private LabControl(Lab lab, ServerSocket socket, String token, Path file) {
        this.lab = lab;
        this.socket = socket;
        this.token = token;
        this.file = file;
        this.acceptor = new Thread(this::acceptLoop, "lab-control");
        acceptor.setDaemon(true);
    }

    /** Listens for commands to {@code lab} and writes the control file into its directory. */
    public static LabControl start(Lab lab) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path file = lab.directory().resolve(FILE);
        Files.deleteIfExists(file);
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the default permissions
        }
        Files.writeString(file, "127.0.0.1:" + socket.getLocalPort() + " " + token + "\n");
        LabControl control = new LabControl(lab, socket, token, file);
        control.acceptor.start();
        return control;
    }

    public Path file() {
        return file;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                serve(client);
            } catch (IOException e) {
                // a client that went away, or the socket closing: keep serving until closed
            }
        }
    }

    private void serve(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
        String given = in.readLine();
        if (given == null || !MessageDigest.isEqual(given.trim().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            out.write("error the control token does not match " + file + "; is this the lab you meant?\n");
            out.flush();
            return;
        }
        String command = in.readLine();
        String answer;
        try {
            answer = command == null || command.isBlank() ? "error no command; use " + FaultCommand.USAGE
                    : "ok " + FaultCommand.apply(lab, command);
        } catch (IllegalArgumentException | IllegalStateException e) {
            answer = "error " + e.getMessage();
        }
        out.write(answer + "\n");
        out.flush();
    }

    /** Sends {@code command} to the lab whose directory is {@code labDir}; returns its answer. */
    public static String send(Path labDir, String command) throws IOException {
        Path file = labDir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IOException("no running lab in " + labDir + " (" + file + " is missing); start one with 'switchover lab up --site FILE'");
        }
        String[] parts = Files.readString(file).trim().split(" ");
        String[] hostPort = parts[0].split(":");
        try (Socket s = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
            s.setSoTimeout(30_000);
            Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            out.write(parts[1] + "\n" + command + "\n");
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (java.net.ConnectException e) {
            throw new IOException("the lab named in " + file + " does not answer at " + parts[0] + "; it has stopped - start it again", e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // closing: nothing left to do
        }
    }
}
