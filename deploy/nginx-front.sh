# Sourced by deploy/check-nginx.sh: nginx with deploy/nginx-parindex.conf in front of two local
# parindex nodes, as a deployment has it, on free loopback ports with a throw-away certificate. Installs nginx with
# apt-get if missing (as root). Needs WORK (a scratch folder), free_port and fail defined by the caller.

NGINX=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
if [ -z "$NGINX" ]; then
  [ "$(id -u)" = 0 ] || { echo "nginx is needed: apt-get install nginx (as root)" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends nginx >&2
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
fi

# nginx_front APP_PORT APP2_PORT: writes the site (ports, upstreams, certificate paths substituted), runs `nginx -t`,
# starts nginx and waits for it; sets NGINX_PID, HTTP_PORT, HTTPS_PORT, https (its base URL) and resolve (curl options).
nginx_front() {
  local APP_PORT=$1 APP2_PORT=$2
  HTTP_PORT=$(free_port); HTTPS_PORT=$(free_port)
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=parindex.example.gov.vn" \
    -keyout "$WORK/privkey.pem" -out "$WORK/fullchain.pem" 2>/dev/null
  sed -e "s#listen 80;#listen 127.0.0.1:$HTTP_PORT;#" -e "/listen \[::\]/d" \
      -e "s#listen 443 ssl#listen 127.0.0.1:$HTTPS_PORT ssl#" \
      -e "s#/etc/ssl/parindex/#$WORK/#" -e "s#server 127.0.0.1:5080 #server 127.0.0.1:$APP_PORT #" \
      -e "s#server 127.0.0.1:5081 #server 127.0.0.1:$APP2_PORT #" \
      deploy/nginx-parindex.conf >"$WORK/site.conf"
  mkdir -p "$WORK/temp"
  user_directive=""; [ "$(id -u)" = 0 ] && user_directive="user root;"
  cat >"$WORK/nginx.conf" <<CONF
$user_directive
worker_processes 1;
error_log $WORK/error.log error;
pid $WORK/nginx.pid;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $WORK/temp/body;
    proxy_temp_path $WORK/temp/proxy;
    fastcgi_temp_path $WORK/temp/fastcgi;
    uwsgi_temp_path $WORK/temp/uwsgi;
    scgi_temp_path $WORK/temp/scgi;
    include $WORK/site.conf;
}
CONF

  "$NGINX" -t -p "$WORK" -c "$WORK/nginx.conf" 2>"$WORK/test.log" || { cat "$WORK/test.log" >&2; fail "nginx -t"; }
  "$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -g "daemon off;" &
  NGINX_PID=$!
  https="https://parindex.example.gov.vn:$HTTPS_PORT"
  resolve=(--resolve "parindex.example.gov.vn:$HTTPS_PORT:127.0.0.1" --resolve "parindex.example.gov.vn:$HTTP_PORT:127.0.0.1" -k -s)
  for _ in $(seq 40); do curl "${resolve[@]}" -o /dev/null "$https/health/live" && break; sleep 0.25; done
}
