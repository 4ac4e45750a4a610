/* The texts of the errnos a file utility meets, for one that names its own
 * with ERR_CODES and ERR_TEXTS (see err.h) to carry only those:
 *     #define ERR_CODES ENOENT, EACCES
 *     #define ERR_TEXTS E_ENOENT E_EACCES
 * Include it before mote.h. */
#ifndef MOTE_FILEERR_H
#define MOTE_FILEERR_H

#define E_ENOENT "No such file or directory\0"
#define E_EACCES "Permission denied\0"
#define E_EISDIR "Is a directory\0"
#define E_ENOSPC "No space left on device\0"
#define E_ENOTDIR "Not a directory\0"
#define E_EEXIST "File exists\0"
#define E_EPERM "Operation not permitted\0"
#define E_ENOTEMPTY "Directory not empty\0"
#define E_EINVAL "Invalid argument\0"
#define E_EBADF "Bad file descriptor\0"
#define E_EIO "Input/output error\0"
#define E_EROFS "Read-only file system\0"
#define E_EXDEV "Invalid cross-device link\0"
#define E_ELOOP "Too many levels of symbolic links\0"
#define E_ENAMETOOLONG "File name too long\0"
#define E_EBUSY "Device or resource busy\0"
#define E_EMFILE "Too many open files\0"
#define E_ENOMEM "Cannot allocate memory\0"
#define E_EMLINK "Too many links\0"
#define E_EDQUOT "Disk quota exceeded\0"
#define E_ETXTBSY "Text file busy\0"
#define E_ENOEXEC "Exec format error\0"
#define E_EPIPE "Broken pipe\0"
#define E_EFBIG "File too large\0"

#endif
