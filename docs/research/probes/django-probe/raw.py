import socket, sys
def raw(port, req):
    s = socket.create_connection(("127.0.0.1", port)); s.sendall(req.encode()); s.settimeout(1)
    data=b""
    try:
        while True:
            d=s.recv(65536)
            if not d: break
            data+=d
    except socket.timeout: pass
    s.close(); return data.decode('latin1')
if __name__=="__main__":
    port=int(sys.argv[1]); req=sys.argv[2].replace('\\n','\r\n')
    print(raw(port, req))
