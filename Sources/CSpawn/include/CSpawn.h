/* Plain C helpers for running a helper program as a bounded child process: a memory file to hand it its input,
 * a fork that sets resource limits before exec (Swift cannot run code between fork and exec), and a wait that
 * decodes the status macros. Every function returns -1 and leaves errno set on failure. */
#ifndef UPPDRAG_CSPAWN_H
#define UPPDRAG_CSPAWN_H

#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Limits applied in the child before exec; 0 leaves a limit as inherited. */
typedef struct cspawn_limits {
    uint64_t address_space_bytes; /* RLIMIT_AS: a hostile input cannot exhaust memory */
    uint64_t cpu_seconds;         /* RLIMIT_CPU: SIGXCPU, then SIGKILL, when a loop never ends */
} cspawn_limits;

/** An anonymous in-memory file (memfd_create, close-on-exec) holding no bytes yet. */
int cspawn_memory_file(const char *_Nonnull name);

/** Starts `path` (absolute) with `argv` and `envp` (NULL-terminated; a NULL `envp` passes this process's
 *  environment), stdin from `input_fd`, stdout and stderr into new pipes whose read ends are returned
 *  close-on-exec; the child gets an empty signal mask, default signal dispositions, no core dumps, no file
 *  writes, the given limits and no other descriptors. Returns the pid. */
pid_t cspawn_start(const char *_Nonnull path, char *_Nullable const *_Nonnull argv,
                   char *_Nullable const *_Nullable envp, int input_fd, cspawn_limits limits,
                   int *_Nonnull stdout_fd, int *_Nonnull stderr_fd);

/** Waits for `pid` (waitpid, retried on EINTR; WNOHANG when `nohang`). Returns 1 when it ended, 0 when it is
 *  still running (only with `nohang`); fills the exit code, or the signal that ended it (else 0). */
int cspawn_wait(pid_t pid, int nohang, int *_Nonnull exit_code, int *_Nonnull signal_number);

#ifdef __cplusplus
}
#endif

#endif
