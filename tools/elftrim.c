/* elftrim - cut a static executable down to the bytes the kernel loads
 *
 * usage: elftrim IN [OUT]
 *
 * Drops the section header table and everything after the last byte that a
 * PT_LOAD segment maps, and zeroes e_shoff, e_shnum and e_shstrndx.  OUT
 * defaults to IN.  The input is checked first; anything this would break is
 * refused with a message and exit status 1, and OUT is only ever replaced
 * whole (a temporary file, then rename).
 *
 * A host tool: built against the system libc, in the manner of ELFkickers'
 * sstrip.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_INPUT (64L << 20)

static const char *in_name;

/* The header fields elftrim needs, whichever the class. */
struct elf {
	unsigned char *data;
	size_t size;
	int is64;
	uint64_t phoff, shoff;
	unsigned phnum, phentsize;
};

/* Reports why the input is refused and exits. */
static void refuse(const char *why)
{
	fprintf(stderr, "elftrim: %s: %s\n", in_name, why);
	exit(1);
}

/* Reads the whole input file into memory. */
static void read_input(struct elf *e, const char *path)
{
	FILE *f = fopen(path, "rb");
	long n;

	if (!f)
		refuse(strerror(errno));
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET))
		refuse("cannot size the file");
	if (n > MAX_INPUT)
		refuse("file too large");
	e->size = n;
	e->data = malloc(n ? n : 1);
	if (!e->data || fread(e->data, 1, n, f) != (size_t)n)
		refuse("read error");
	fclose(f);
}

/* Checks the identification bytes: ELF magic, 32 or 64 bits, little-endian. */
static void check_ident(struct elf *e)
{
	const unsigned char *id = e->data;

	if (e->size < EI_NIDENT || memcmp(id, ELFMAG, SELFMAG))
		refuse("not an ELF file");
	if (id[EI_CLASS] != ELFCLASS32 && id[EI_CLASS] != ELFCLASS64)
		refuse("unknown ELF class");
	if (id[EI_DATA] != ELFDATA2LSB)
		refuse("not little-endian");
	if (id[EI_VERSION] != EV_CURRENT)
		refuse("unknown ELF version");
	e->is64 = id[EI_CLASS] == ELFCLASS64;
}

/* Reads the ELF header: it must be a whole executable (ET_EXEC). */
static void read_header(struct elf *e)
{
	Elf64_Ehdr h64;
	Elf32_Ehdr h32;
	unsigned type;

	if (e->is64) {
		if (e->size < sizeof(h64))
			refuse("truncated ELF header");
		memcpy(&h64, e->data, sizeof(h64));
		type = h64.e_type;
		e->phoff = h64.e_phoff;
		e->shoff = h64.e_shoff;
		e->phnum = h64.e_phnum;
		e->phentsize = h64.e_phentsize;
	} else {
		if (e->size < sizeof(h32))
			refuse("truncated ELF header");
		memcpy(&h32, e->data, sizeof(h32));
		type = h32.e_type;
		e->phoff = h32.e_phoff;
		e->shoff = h32.e_shoff;
		e->phnum = h32.e_phnum;
		e->phentsize = h32.e_phentsize;
	}
	if (type != ET_EXEC)
		refuse("not a static executable (ET_EXEC)");
}

/* Checks that the program header table is there, whole, inside the file. */
static void check_phdrs(struct elf *e)
{
	size_t want = e->is64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr);

	if (!e->phnum)
		refuse("no program headers");
	if (e->phentsize != want)
		refuse("unexpected program header size");
	if (e->phoff > e->size || (e->size - e->phoff) / want < e->phnum)
		refuse("program headers lie outside the file");
}

/* Reads program header i as type, file offset and file size. */
static void phdr(struct elf *e, unsigned i, uint32_t *type, uint64_t *off, uint64_t *filesz)
{
	const unsigned char *p = e->data + e->phoff + (uint64_t)i * e->phentsize;
	Elf64_Phdr p64;
	Elf32_Phdr p32;

	if (e->is64) {
		memcpy(&p64, p, sizeof(p64));
		*type = p64.p_type, *off = p64.p_offset, *filesz = p64.p_filesz;
	} else {
		memcpy(&p32, p, sizeof(p32));
		*type = p32.p_type, *off = p32.p_offset, *filesz = p32.p_filesz;
	}
}

/* Finds the end of the loaded bytes; every segment and both header tables
 * must lie before it, or cutting there would break the file. */
static uint64_t loaded_end(struct elf *e)
{
	uint64_t end = 0, off, filesz;
	uint32_t type;
	unsigned i;
	int loads = 0;

	for (i = 0; i < e->phnum; i++) {
		phdr(e, i, &type, &off, &filesz);
		if (off > e->size || filesz > e->size - off)
			refuse("a segment lies outside the file");
		if (type == PT_LOAD) {
			loads++;
			if (off + filesz > end)
				end = off + filesz;
		}
	}
	if (!loads)
		refuse("no PT_LOAD segment");
	for (i = 0; i < e->phnum; i++) {
		phdr(e, i, &type, &off, &filesz);
		if (filesz && off + filesz > end)
			refuse("a segment lies past the loaded bytes");
	}
	if ((e->is64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr)) > end ||
	    e->phoff + (uint64_t)e->phnum * e->phentsize > end)
		refuse("the headers are not inside a loaded segment");
	return end;
}

/* Zeroes the section header fields: the table itself is being dropped. */
static void clear_sections(struct elf *e)
{
	Elf64_Ehdr *h64 = (Elf64_Ehdr *)e->data;
	Elf32_Ehdr *h32 = (Elf32_Ehdr *)e->data;

	if (e->is64)
		h64->e_shoff = 0, h64->e_shnum = 0, h64->e_shstrndx = 0;
	else
		h32->e_shoff = 0, h32->e_shnum = 0, h32->e_shstrndx = 0;
}

/* Writes n bytes to a temporary file beside path, then renames it over
 * path, so that path is never seen half-written. */
static void replace_file(const char *path, const unsigned char *data, size_t n, mode_t mode)
{
	size_t len = strlen(path);
	char *tmp = malloc(len + 16);
	int fd;

	if (!tmp)
		refuse("out of memory");
	snprintf(tmp, len + 16, "%s.trimXXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		fprintf(stderr, "elftrim: %s: %s\n", tmp, strerror(errno));
		exit(1);
	}
	if (write(fd, data, n) != (ssize_t)n || fchmod(fd, mode) || fsync(fd) || close(fd) ||
	    rename(tmp, path)) {
		fprintf(stderr, "elftrim: %s: %s\n", path, strerror(errno));
		unlink(tmp);
		exit(1);
	}
	free(tmp);
}

int main(int argc, char **argv)
{
	struct elf e;
	struct stat st;
	uint64_t end;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: elftrim IN [OUT]\n");
		return 1;
	}
	in_name = argv[1];
	if (stat(in_name, &st))
		refuse(strerror(errno));
	read_input(&e, in_name);
	check_ident(&e);
	read_header(&e);
	check_phdrs(&e);
	end = loaded_end(&e);
	clear_sections(&e);
	replace_file(argc == 3 ? argv[2] : argv[1], e.data, end, st.st_mode & 07777);
	free(e.data);
	return 0;
}
