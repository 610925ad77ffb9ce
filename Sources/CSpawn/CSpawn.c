#define _GNU_SOURCE
#include "CSpawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int cspawn_memory_file(const char *name) {
    return memfd_create(name, MFD_CLOEXEC);
}

static void set_limit(int resource, rlim_t value) {
    struct rlimit limit = {value, value};
    (void)setrlimit(resource, &limit);
}

extern char **environ;

pid_t cspawn_start(const char *path, char *const *argv, char *const *envp, int input_fd, cspawn_limits limits,
                   int *stdout_fd, int *stderr_fd) {
    char *const *environment = envp ? envp : environ;
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) != 0) return -1;
    if (pipe2(err, O_CLOEXEC) != 0) {
        int saved = errno;
        close(out[0]);
        close(out[1]);
        errno = saved;
        return -1;
    }
    pid_t pid = fork();
    if (pid == 0) {
        /* The child of a threaded process: only async-signal-safe calls until exec. */
        sigset_t empty;
        sigemptyset(&empty);
        sigprocmask(SIG_SETMASK, &empty, NULL);
        for (int number = 1; number < NSIG; number++) {
            if (number != SIGKILL && number != SIGSTOP) signal(number, SIG_DFL);
        }
        if (dup2(input_fd, 0) < 0 || dup2(out[1], 1) < 0 || dup2(err[1], 2) < 0) _exit(126);
        close_range(3, ~0U, 0);
        set_limit(RLIMIT_CORE, 0);
        set_limit(RLIMIT_FSIZE, 0);
        if (limits.address_space_bytes) set_limit(RLIMIT_AS, (rlim_t)limits.address_space_bytes);
        if (limits.cpu_seconds) {
            /* The soft limit sends SIGXCPU; the hard limit a second later kills outright. */
            struct rlimit cpu = {(rlim_t)limits.cpu_seconds, (rlim_t)limits.cpu_seconds + 1};
            (void)setrlimit(RLIMIT_CPU, &cpu);
        }
        execve(path, argv, environment);
        _exit(127);
    }
    int saved = errno;
    close(out[1]);
    close(err[1]);
    if (pid < 0) {
        close(out[0]);
        close(err[0]);
        errno = saved;
        return -1;
    }
    *stdout_fd = out[0];
    *stderr_fd = err[0];
    return pid;
}

int cspawn_wait(pid_t pid, int nohang, int *exit_code, int *signal_number) {
    int status = 0;
    pid_t result;
    do {
        result = waitpid(pid, &status, nohang ? WNOHANG : 0);
    } while (result < 0 && errno == EINTR);
    if (result < 0) return -1;
    if (result == 0) return 0;
    *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
    *signal_number = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return 1;
}
