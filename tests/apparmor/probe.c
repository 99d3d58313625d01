/* What a compromised otter-chat process would try, one attempt per run, for the AppArmor test.
 *
 *   probe udp | tcp PORT | read PATH | write PATH | exec PATH
 *
 * The test places this program at /usr/bin/otter-chat inside the virtual machine, so the kernel
 * attaches otter-chat's own profile to it by path, exactly as it does to the real binary: what
 * it is refused is what the profile refuses any code inside Otter (GTK, libotr, a bug).
 * Prints one line, "allowed" or "denied: <errno name>", and exits 0 either way; exit 2 on bad
 * usage. Built statically so the profile's library rules do not decide the outcome.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int report(int ok, int err)
{
    if (ok)
        printf("allowed\n");
    else
        printf("denied: %s\n", err == EACCES ? "EACCES" : err == EPERM ? "EPERM" : strerror(err));
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "udp") == 0) {
        /* What a DNS lookup outside Tor starts with. */
        int fd = socket(AF_INET, SOCK_DGRAM, 0);
        return report(fd >= 0, errno);
    }
    if (argc == 3 && strcmp(argv[1], "tcp") == 0) {
        struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons(atoi(argv[2]))};
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return report(0, errno);
        return report(connect(fd, (struct sockaddr *)&to, sizeof to) == 0, errno);
    }
    if (argc == 3 && strcmp(argv[1], "read") == 0) {
        int fd = open(argv[2], O_RDONLY);
        char byte;
        return report(fd >= 0 && read(fd, &byte, 1) >= 0, errno);
    }
    if (argc == 3 && strcmp(argv[1], "write") == 0) {
        int fd = open(argv[2], O_WRONLY | O_CREAT | O_APPEND, 0600);
        return report(fd >= 0 && write(fd, "x", 1) == 1, errno);
    }
    if (argc == 3 && strcmp(argv[1], "exec") == 0) {
        /* execve itself is what the profile refuses; a child keeps the answer on our side. */
        int pipefd[2];
        if (pipe(pipefd) != 0)
            return 2;
        pid_t child = fork();
        if (child == 0) {
            close(pipefd[0]);
            char *args[] = {argv[2], "-c", "true", NULL};
            execv(argv[2], args);
            int err = errno;
            (void)!write(pipefd[1], &err, sizeof err);
            _exit(127);
        }
        close(pipefd[1]);
        int err = 0;
        ssize_t got = read(pipefd[0], &err, sizeof err);
        waitpid(child, NULL, 0);
        return report(got != (ssize_t)sizeof err, err);
    }
    fprintf(stderr, "usage: probe udp | tcp PORT | read PATH | write PATH | exec PATH\n");
    return 2;
}
